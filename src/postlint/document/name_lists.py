"""Word lists of `postlint.document.names`: first names (the list below, kept by hand for the people these drafts
are about, and the bundled `wordlists/common/given-names.txt`) and the words that make a capitalised
sequence an institution or a place rather than a person."""
from __future__ import annotations

from functools import cache

# Common first names of the people these drafts are about: West and Central Africa (Wolof, Pulaar,
# Mandinka, Bambara, Soninke, Mossi, Hausa, Yoruba, Igbo, Akan, Ewe, Lingala), East Africa, Arabic and
# Muslim names, French and English names. Lower-cased; accents kept.
_FIRST_NAMES = """
aby abdou abdoul abdoulaye abdourahmane abdul abdullahi abibatou abou aboubacar aboubakar adama adja
adjoa adjara adebayo adeola aïcha aicha aïchatou aïssata aissata aïssatou aissatou akosua akua alassane
alhassane aliou alioune aliyu alpha amadou amara amidou amina aminata aminatou aminu amy anta arame
arona assane assetou assita astou awa awele ayo ayodele aziz babacar babajide bafodé bakary bamba bineta
binta bintou boubacar boubou bouba cheikh cheick chidi chidinma chiamaka chinedu chinonso chioma chukwu
codou coumba daouda demba dieynaba diarra dior djeneba djibril djibo dramane emeka fadima fanta fatim
fatima fatimata fatou fatoumata folake funmilayo gnima habib habiba hadja hady hamidou haoua hawa hassane
ibou ibrahim ibrahima idrissa ifeoma ismaïla ismaila issa jeneba kadiatou kadidia kadiatu kadija kalidou
kany karamoko kemi khadija khady khadim kine kiné koffi kofi kouadio kouamé kouame kwabena kwaku kwame
kwesi lala lamine lassana latyr madické madou mady maguette mahamadou mamadou mame mamour mariama mariame
marième mariètou massamba maimouna maïmouna mbaye modou modibo moctar mohamed mohammed moussa moustapha
mouhamed nafissatou ndeye ndèye ndiaga ngone ngozi nnamdi nogaye nouhou ndey oumar oumou ousmane oumy
penda rama ramata rokhaya rougui saliou salif sali salimata samba sanou seydou seynabou sidy sokhna
souleymane sokhna tabaski tidiane tiguida timbo yacine yacouba yaya yolande youssou youssouf zalissa
zeinab zeynab zenabou adwoa abena ama efua esi kojo kwadwo yaw yaa afia ekua nana ayawa kossi komi
abla akossiwa yawo ablavi edem fofana issouf salamata rasmata raogo wendyam wendkouni boureima
hamado lamoussa sibiri tinga adissa awa aboubakary abdoulaziz mahamat hissein achta hadiza halima
zainab zainabu hauwa hadiza maryam maryamu aminu musa sani bello usman umaru yusuf yakubu garba shehu
danjuma nura bashir sadiya jamila bilkisu rukayya nafisa saratu asabe ladi tope bukola yetunde bisi
bolaji femi tunde segun seun kayode olu olumide oluwaseun temitope titilayo adunni abiodun funke
ngozika obinna ikenna uchenna nkechi adaeze ebere chika obiageli amaka nneka kelechi ugochi
wanjiru wanjiku njeri achieng atieno akinyi awino otieno odhiambo ochieng omondi onyango kamau kariuki
mwangi njoroge wambui nyambura muthoni wairimu kibet kipchoge cherono chebet jepchirchir baraka
neema rehema zawadi amani juma bahati furaha imani upendo mwajuma mwanaisha halima zuberi salim
hamisi rashidi shabani aisha asha fatuma mariam saida tatu mukami kagame uwimana mugisha ishimwe
iradukunda niyonsaba ndayishimiye nshimirimana kabila mbuyi ilunga tshibola kalala mbala kanza
nsimba makiese mpiana ngalula kabongo mutombo tshisekedi bilonda malaika
ahmed ahmad ali omar umar hassan hussein khalid karim karima mustafa mahmoud samir samira nadia
leila leïla layla yasmine yasmina salma meriem mériem nour nora amal rania hana hanane sana soukaina
imane fatiha naïma naima rachid rachida said saïd yassine youssef walid tarek nabil sofiane
mehdi bilal hamza ayoub anas zakaria ilyas adam ibrahim idriss souad malika zohra khadidja
jean marie pierre paul jacques louis françois francois michel andré andre philippe alain patrick
nicolas julien thomas antoine mathieu matthieu hugo lucas léo leo nathan enzo théo theo gabriel
raphaël raphael arthur jules noah ethan tom maxime alexandre baptiste clément clement romain
vincent olivier laurent christophe sébastien sebastien stéphane stephane frédéric frederic
emmanuel guillaume benoît benoit cédric cedric damien fabrice franck gilles hervé herve jérôme
jerome joseph kevin lionel marc martin pascal rémi remi serge simon thierry xavier yves
marie anne sophie julie camille léa lea manon emma chloé chloe inès ines jade louise alice lina
zoé zoe lola sarah sara clara laura pauline marine mathilde lucie charlotte élise elise émilie
emilie juliette margaux océane oceane justine anaïs anais audrey aurélie aurelie céline celine
claire christine catherine isabelle nathalie sandrine valérie valerie véronique veronique
sylvie martine monique nicole brigitte chantal françoise francoise hélène helene jeanne
josiane mireille odile agnès agnes bernadette colette danielle denise geneviève genevieve
josette madeleine marguerite marthe paulette simone suzanne thérèse therese yvette yvonne
john james robert michael william david richard charles thomas christopher daniel matthew
anthony donald steven andrew kenneth joshua kevin brian george edward ronald timothy jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
samuel frank gregory raymond alexander patrick jack dennis jerry tyler aaron henry peter adam
zachary nathan walter harold kyle carl arthur gerald roger keith jeremy terry lawrence sean
christian albert joe ethan austin jesse willie billy bryan bruce jordan ralph roy noah dylan
eugene wayne alan juan louis russell gabriel randy philip harry vincent bobby johnny logan
oliver jack harry charlie oscar archie leo freddie alfie theo isaac finley
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
diane jane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn
janice jean abigail alice judy sophia denise amber doris marilyn danielle beverly isabella
theresa diana natalie brittany charlotte marie kayla alexis lori amelia ava mia isla ella
poppy freya lily evie chloe jessica sophie ellie millie daisy ruby esther lydia naomi miriam
deborah rahab tabitha priscilla eunice dorcas lois ruth salome martha elizabeth
""".split()

# First names that are also ordinary English or French words: a name only with a family name after
# them or an age cue, never alone.
AMBIGUOUS_FIRST_NAMES = frozenset("""
grace hope faith joy patience precious blessing mercy gift favour favor rose lily may june will mark
bill sunday charity destiny victory peace comfort happiness goodness godwin innocent lucky promise
prudence honour honor constance justice felicity amber ruby daisy poppy ella jack frank earl
pierre marc jean paul louis claire aimé aime désiré desire espérance esperance félicité felicite
rose france marine ines ama nana tatu imani amani neema baraka bahati furaha upendo zawadi
tom sam max dan don ray roy carl lee art guy sandy
""".split())

FIRST_NAMES = frozenset(_FIRST_NAMES)


@cache
def name_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, first names that are also words): the lists above plus the bundled
    `wordlists/common/given-names.txt` (census and registry lists, its header says which), read on first use.
    A name of the lists above keeps their verdict."""
    from postlint.core.resources import data_dir

    try:
        text = (data_dir("wordlists") / "common" / "given-names.txt").read_text(encoding="utf-8")
    except OSError:
        text = ""
    lines = [line.rstrip() for line in text.split("\n") if line[:1] not in ("", "#")]
    marked = {line[:-2] for line in lines if line.endswith(" *")}  # also a word
    plain = {line for line in lines if " " not in line}
    hand = FIRST_NAMES | AMBIGUOUS_FIRST_NAMES
    return FIRST_NAMES | (plain - hand), AMBIGUOUS_FIRST_NAMES | (marked - hand)


# Words that make a capitalised sequence an institution, a place or an event, not a person, even when a
# first name is in it: "Kenyatta Hospital", "Université Cheikh Anta Diop", "Dakar Labour Court", "CHU
# Aristide Le Dantec", "Kofi Annan Centre". (Names that are also such words — Hall, House, Park, Lane,
# Temple, Post, Justice — are left out.)
INSTITUTION_WORDS = frozenset("""
hospital hospitals hôpital hopital hôpitaux chu chr chn chnu clinic clinics clinique dispensary dispensaire
maternity maternité infirmary sanatorium laboratory laboratoire pharmacy pharmacie health santé medical médical
court courts cour tribunal tribunals tribunaux appeal appeals appel prosecutor parquet magistrate
ministry ministère ministere government gouvernement parliament parlement assembly assemblée senate
sénat council councils conseil commission committee comité comite agency agence authority autorité office
bureau department département direction directorate secretariat secrétariat embassy ambassade consulate
consulat prefecture préfecture mairie municipality municipalité police gendarmerie army armée
university université universite college collège lycée lycee school schools école ecole academy académie
institute institut faculty faculté polytechnic seminary séminaire
centre center centres centers foundation fondation association associations network réseau reseau alliance
coalition federation fédération confederation union society société trust fund fonds corps programme program
project projet initiative partnership partenariat movement mouvement collective collectif cooperative coopérative
ngo ong organisation organization organisations organizations institution
labour labor party parti congress congrès
street road avenue boulevard rue route square stadium stade airport aéroport station gare market marché
prison jail penitentiary pénitencier camp district region région province county city ville town village
quartier commune bridge pont port harbour
church église mosque mosquée cathedral cathédrale chapel chapelle parish paroisse diocese diocèse
bank banque hotel hôtel company compagnie group groupe holdings inc ltd plc llc sarl
radio television télévision tv news gazette tribune herald magazine media médias press presse
festival prize prix award awards cup coupe games jeux day journée week semaine
""".split())


# Towns, regions and countries the drafts name, where the heuristics take a lone capitalised word for a place
# rather than leave it to the language model (`names.ner_undecided`): capitals and large towns of West, Central
# and East Africa, the Maghreb, Haiti and France, and countries. Lower-cased; accents kept.
KNOWN_PLACES = frozenset("""
dakar pikine guédiawaye guediawaye rufisque thiès thies mbour kaolack touba ziguinchor saint-louis kolda tambacounda
louga diourbel fatick kédougou kedougou matam sédhiou sedhiou kaffrine richard-toll podor bakel linguère tivaouane
bamako sikasso kayes ségou segou mopti tombouctou gao kidal koulikoro kati
ouagadougou bobo-dioulasso koudougou ouahigouya banfora kaya fada
niamey zinder maradi agadez tahoua dosso
abidjan bouaké bouake yamoussoukro daloa korhogo san-pédro man
conakry kankan labé labe nzérékoré nzerekore kindia
nouakchott nouadhibou banjul bissau freetown monrovia praia
lomé lome kara sokodé sokode cotonou porto-novo parakou abomey
accra kumasi tamale takoradi lagos abuja kano ibadan kaduna port-harcourt enugu benin maiduguri
yaoundé yaounde douala bamenda garoua maroua libreville port-gentil brazzaville pointe-noire kinshasa lubumbashi
goma bukavu kisangani mbuji-mayi kananga bangui n'djamena ndjamena malabo
nairobi mombasa kisumu nakuru eldoret kampala gulu entebbe kigali bujumbura gitega dodoma arusha mwanza
addis-abeba addis juba khartoum mogadiscio mogadishu djibouti asmara
antananarivo maputo lusaka harare bulawayo lilongwe blantyre windhoek gaborone johannesburg pretoria durban
rabat casablanca marrakech fès fes tanger alger oran tunis sfax tripoli le-caire caire cairo
port-au-prince cap-haïtien cap-haitien
paris lyon marseille lille bordeaux toulouse nantes strasbourg montpellier rennes genève geneve lausanne
bruxelles brussels londres london new-york washington montréal montreal québec quebec ottawa
sénégal senegal mali burkina faso niger guinée guinee mauritanie gambie gambia ghana togo bénin
nigeria nigéria cameroun cameroon gabon congo rdc tchad chad centrafrique kenya ouganda uganda rwanda burundi
tanzanie tanzania éthiopie ethiopie ethiopia soudan sudan somalie somalia madagascar mozambique zambie zambia
zimbabwe malawi afrique africa maroc morocco algérie algerie algeria tunisie tunisia libye libya égypte egypte
egypt haïti haiti france belgique belgium suisse canada europe
grand grande petit petite yoff médina medina ouakam ngor fann hlm parcelles assainies guédiawaye keur massar
""".split())

# Common words that open a sentence (and so are capitalised there) without being names.
OPENERS = frozenset("""
plus moins toutes tous tout toute chaque aucun aucune plusieurs certains certaines beaucoup ensemble grâce comme
selon contre entre vers face pas rien chacun chacune quelques quel quelle quels quelles qui que quoi où ou
comment pourquoi quand lorsque si ainsi alors aussi enfin encore déjà puis donc mais car et or ni oui non
partagez rejoignez venez inscrivez-vous participez soutenez lisez regardez écoutez contactez appelez
more most less all every each many some several no not yes please thanks share join come sign support
read watch listen contact call how why what who where which whether also so then yet still even just
écrivez envoyez seule seul seules seuls point retrouvez suivez donnez faites agissons ensemble write send follow
dieu jésus jesus allah christ seigneur god lord
""".split())
