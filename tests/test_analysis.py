"""Document analyses (`postlint.document.analysis`): computed once per document, keyed by the function."""
from postlint.document import analysis
from postlint.document.analysis import case_folded_prose, folded_prose
from postlint.document.parse import parse_bytes


def _doc(text: str):
    return parse_bytes(text.encode("utf-8"), "draft.md")


def test_an_analysis_runs_once_per_document():
    calls = []

    @analysis.analysis
    def counted(doc):
        calls.append(doc.path)
        return len(doc.source)

    d1, d2 = _doc("Un texte."), _doc("Un autre texte.")
    assert counted(d1) == counted(d1) == len(d1.source)
    assert counted(d2) == len(d2.source)
    assert len(calls) == 2


def test_folded_prose_keeps_offsets():
    # "ß" and "İ" change length under casefold/NFD: the folded prose must not, offsets are shared with the source
    doc = _doc("Straße İstanbul — L’ÉTÉ à Dakar.")
    assert len(folded_prose(doc)) == len(doc.prose)
    assert folded_prose(doc).index("dakar") == doc.source.index("Dakar")
    assert "l'ete" in folded_prose(doc)
    assert "istanbul" in case_folded_prose(doc)
