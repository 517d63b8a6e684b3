"""What the geotag rules share: the guideline they cite, and how a position is shown in a message."""
from __future__ import annotations

SOURCE = ("ACT Alliance, « Politique de l'Alliance ACT relative aux médias sociaux »: « il est interdit de publier […] "
          "des informations sur des mineur·e·s qui permettraient […] d'identifier où elles se trouvent (en désactivant "
          "par exemple le géomarquage des photographies) » ; « gardez la sécurité à l'esprit »")


def fmt_position(ctx, lat: float, lon: float) -> str:
    ns = ("N" if lat >= 0 else "S")
    ew = ("E" if lon >= 0 else ("O" if ctx.lang == "fr" else "W"))
    text = f"{abs(lat):.2f}° {ns}, {abs(lon):.2f}° {ew}"  # two decimals: about a kilometre
    return text.replace(".", ",") if ctx.lang == "fr" else text
