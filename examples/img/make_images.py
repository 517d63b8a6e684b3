"""Re-create the example photos (small, deterministic JPEGs) with Pillow.

    python examples/img/make_images.py

`maraude-nuit.jpg` carries EXIF GPS coordinates, as a phone camera would write them: it is the
image the geotag example is about. The others carry no location metadata.
"""
from pathlib import Path

from PIL import Image, ImageDraw, ExifTags

HERE = Path(__file__).resolve().parent

PICTURES = {
    # name: (background, foreground, label)
    "atelier-pairs.jpg": ((231, 196, 120), (120, 60, 30), "atelier"),
    "distribution-kits.jpg": ((150, 200, 190), (30, 90, 80), "kits"),
    "maraude-nuit.jpg": ((30, 40, 80), (240, 200, 90), "maraude"),
    "affiche-campagne.jpg": ((200, 60, 70), (250, 240, 230), "campagne"),
    "formation-naloxone.jpg": ((90, 130, 200), (250, 250, 250), "naloxone"),
    "classe-ecole.jpg": ((240, 220, 160), (60, 90, 40), "classe"),
}


def _rational(value: float) -> tuple[float, float, float]:
    degrees = int(value)
    minutes_float = (value - degrees) * 60
    minutes = int(minutes_float)
    seconds = round((minutes_float - minutes) * 60, 2)
    return (float(degrees), float(minutes), seconds)


def gps_exif(lat: float, lon: float) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "ExamplePhone"
    exif[ExifTags.Base.Model] = "EP-1"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSVersionID] = b"\x02\x03\x00\x00"
    gps[ExifTags.GPS.GPSLatitudeRef] = "N" if lat >= 0 else "S"
    gps[ExifTags.GPS.GPSLatitude] = _rational(abs(lat))
    gps[ExifTags.GPS.GPSLongitudeRef] = "E" if lon >= 0 else "W"
    gps[ExifTags.GPS.GPSLongitude] = _rational(abs(lon))
    return exif


def draw(name: str, background, foreground, label: str) -> Image.Image:
    im = Image.new("RGB", (320, 200), background)
    d = ImageDraw.Draw(im)
    # two figures and a table: enough to look like a scene, small enough to keep the repository light
    for x in (90, 200):
        d.ellipse((x - 18, 50, x + 18, 86), fill=foreground)
        d.rounded_rectangle((x - 28, 90, x + 28, 170), radius=12, fill=foreground)
    d.rectangle((120, 130, 170, 175), outline=foreground, width=4)
    d.text((10, 8), label, fill=foreground)
    return im


def main() -> None:
    for name, (bg, fg, label) in PICTURES.items():
        im = draw(name, bg, fg, label)
        kwargs = {"quality": 70, "optimize": True}
        if name == "maraude-nuit.jpg":
            # Médina, Dakar: where the night outreach van parks
            kwargs["exif"] = gps_exif(14.6808, -17.4466)
        im.save(HERE / name, "JPEG", **kwargs)


if __name__ == "__main__":
    main()
