"""Reading image metadata (postlint.images.exif): GPS, identifying tags, XMP, IPTC; locating images safely.

The helpers at the top make real image files with Pillow; other test modules import them.
"""
from __future__ import annotations

import io
import os
import struct

import pytest
from PIL import Image

from postlint.images import exif as X
from postlint.dev.examples import GPS_DAKAR
from postlint.dev.examples import make_exif as example_exif
from postlint.dev.examples import picture as example_picture

XMP_CITY = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
            b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
            b'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            b'photoshop:City="Pikine"><dc:creator><rdf:Seq><rdf:li>Awa Diallo</rdf:li></rdf:Seq></dc:creator>'
            b'</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')
XMP_PLAIN = XMP_CITY.replace(b' photoshop:City="Pikine"', b"")


def picture(size=(96, 64)) -> Image.Image:
    return example_picture(size)


def make_exif(gps: dict | None = None, owner: str | None = None, serial: str | None = None,
              orientation: int | None = 6) -> Image.Exif:
    """The example photos' EXIF (`postlint.dev.examples.make_exif`), turned by default (orientation 6)."""
    return example_exif(gps, owner, serial, orientation)


def make_jpeg(path, gps=GPS_DAKAR, owner=None, serial=None, xmp: bytes | None = None, orientation=6) -> str:
    kw = {"exif": make_exif(gps, owner, serial, orientation), "quality": 85}
    if xmp:
        kw["xmp"] = xmp
    picture().save(path, "JPEG", **kw)
    return str(path)


def iptc_segment(city: bytes = b"Pikine", sub: bytes = b"Bloc C") -> bytes:
    def rec(ds, val):
        return bytes([0x1C, 2, ds]) + struct.pack(">H", len(val)) + val

    data = rec(0, b"\x00\x04") + rec(90, city) + rec(92, sub)
    res = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(data)) + data
    res += b"\x00" * (len(data) % 2)
    payload = b"Photoshop 3.0\x00" + res
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def insert_segment(jpeg: bytes, segment: bytes) -> bytes:
    return jpeg[:2] + segment + jpeg[2:]


# ------------------------------------------------------------------------------------------- reading
def test_gps_positioning_error_is_read(tmp_path):
    meta = X.read_metadata(make_jpeg(tmp_path / "a.jpg", gps={**GPS_DAKAR, 31: 1414.0}))
    assert meta.gps is not None and meta.gps_error == pytest.approx(1414.0)
    assert X.read_metadata(make_jpeg(tmp_path / "b.jpg")).gps_error is None


def test_gps_position_is_read_and_decoded(tmp_path):
    meta = X.read_metadata(make_jpeg(tmp_path / "a.jpg"))
    assert meta.status == "ok" and meta.format == "JPEG"
    lat, lon = meta.gps
    assert lat == pytest.approx(14.7536, abs=1e-3) and lon == pytest.approx(-17.3908, abs=1e-3)
    assert meta.identifying == []  # make, model and date are not identifying


def test_south_east_and_destination_position(tmp_path):
    gps = {0x13: "S", 0x14: (33.0, 55.0, 29.64), 0x15: "E", 0x16: (18.0, 25.0, 26.76)}
    meta = X.read_metadata(make_jpeg(tmp_path / "a.jpg", gps=gps))
    assert meta.gps == (pytest.approx(-33.9249, abs=1e-3), pytest.approx(18.4241, abs=1e-3))


def test_zero_position_written_without_a_fix_is_not_a_position(tmp_path):
    gps = {1: "N", 2: (0.0, 0.0, 0.0), 3: "E", 4: (0.0, 0.0, 0.0)}
    meta = X.read_metadata(make_jpeg(tmp_path / "a.jpg", gps=gps))
    assert meta.gps is None and not meta.gps_undecoded


def test_owner_and_serial_are_identifying(tmp_path):
    meta = X.read_metadata(make_jpeg(tmp_path / "a.jpg", gps=None, owner="Awa Diallo", serial="SN12345"))
    assert ("owner", "CameraOwnerName", "Awa Diallo") in meta.identifying
    assert ("serial", "BodySerialNumber", "SN12345") in meta.identifying
    assert meta.gps is None


def test_xmp_city_is_identifying_but_creator_is_not(tmp_path):
    meta = X.read_metadata(make_jpeg(tmp_path / "a.jpg", gps=None, xmp=XMP_CITY))
    assert meta.identifying == [("location", "City", "Pikine")]
    assert X.read_metadata(make_jpeg(tmp_path / "b.jpg", gps=None, xmp=XMP_PLAIN)).identifying == []


def test_xmp_gps_in_element_form_and_nested_location():
    xmp = (b'<rdf:Description><exif:GPSLatitude>14,45.2167N</exif:GPSLatitude><exif:GPSLongitude>17,23.45W'
           b'</exif:GPSLongitude><Iptc4xmpExt:LocationCreated><rdf:Bag><rdf:li><Iptc4xmpExt:Sublocation>Bloc C'
           b'</Iptc4xmpExt:Sublocation></rdf:li></rdf:Bag></Iptc4xmpExt:LocationCreated></rdf:Description>')
    found = X.xmp_sensitive(xmp)
    assert ("location", "Sublocation", "Bloc C") in found
    assert X._xmp_coord(xmp, "GPSLatitude") == pytest.approx(14.7536, abs=1e-3)
    assert X._xmp_coord(xmp, "GPSLongitude") == pytest.approx(-17.3908, abs=1e-3)
    assert X.xmp_sensitive(b'<x exif:GPSLatitudeRef="N" photoshop:Country="Senegal"/>') == []


def test_iptc_city_and_sublocation(tmp_path):
    buf = io.BytesIO()
    picture().save(buf, "JPEG")
    p = tmp_path / "iptc.jpg"
    p.write_bytes(insert_segment(buf.getvalue(), iptc_segment()))
    meta = X.read_metadata(str(p))
    assert ("location", "IPTC City", "Pikine") in meta.identifying
    assert ("location", "IPTC Sublocation", "Bloc C") in meta.identifying


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_png_and_webp_gps(tmp_path, fmt):
    p = tmp_path / f"a.{fmt.lower()}"
    kw = {"lossless": True} if fmt == "WEBP" else {}
    picture().save(p, fmt, exif=make_exif(GPS_DAKAR), **kw)
    assert X.read_metadata(str(p)).gps is not None


def test_corrupt_exif_is_damaged_not_clean(tmp_path):
    data = bytearray(open(make_jpeg(tmp_path / "a.jpg"), "rb").read())
    i = data.find(b"Exif\x00\x00")
    data[i + 10:i + 14] = b"\xff\xff\xff\x7f"  # IFD0 offset far past the block
    p = tmp_path / "bad.jpg"
    p.write_bytes(bytes(data))
    meta = X.read_metadata(str(p))
    assert meta.status == "damaged" and "exif" in meta.detail.lower()


def test_missing_not_an_image_folder_and_svg(tmp_path):
    assert X.read_metadata(str(tmp_path / "nope.jpg")).status == "missing"
    (tmp_path / "x.jpg").write_text("not a picture")
    assert X.read_metadata(str(tmp_path / "x.jpg")).status == "unsupported"
    (tmp_path / "d.jpg").mkdir()
    assert X.read_metadata(str(tmp_path / "d.jpg")).status == "unreadable"
    (tmp_path / "logo.svg").write_text("<svg/>")
    assert X.read_metadata(str(tmp_path / "logo.svg")).status == "skipped"
    (tmp_path / "p.heic").write_bytes(b"\x00\x00\x00\x18ftypheic")
    meta = X.read_metadata(str(tmp_path / "p.heic"))
    assert meta.status == "unsupported" and "HEIC" in meta.detail


def test_truncated_file_never_raises(tmp_path):
    data = open(make_jpeg(tmp_path / "a.jpg"), "rb").read()
    for cut in (3, 20, 60, len(data) // 2):
        p = tmp_path / f"cut{cut}.jpg"
        p.write_bytes(data[:cut])
        assert X.read_metadata(str(p)).status in ("ok", "unsupported", "unreadable", "damaged")


# ------------------------------------------------------------------------------------------- locating
def test_locate_inside_outside_and_tricks(tmp_path):
    root = tmp_path / "repo"
    (root / "drafts" / "img").mkdir(parents=True)
    (root / "static" / "img").mkdir(parents=True)
    make_jpeg(root / "drafts" / "img" / "a b.jpg")
    make_jpeg(root / "static" / "img" / "s.jpg")
    make_jpeg(tmp_path / "secret.jpg")
    base, r = str(root / "drafts"), os.path.realpath(root)
    assert X.locate("img/a b.jpg", base, r)[1] == "ok"
    assert X.locate("img/a%20b.jpg?w=300#top", base, r)[1] == "ok"
    assert X.locate("/static/img/s.jpg", base, r)[1] == "ok"  # site-root relative
    assert X.locate("../../secret.jpg", base, r) == (None, "outside")
    assert X.locate(str(tmp_path / "secret.jpg"), base, r) == (None, "outside")
    assert X.locate("img/none.jpg", base, r) == (None, "missing")
    os.symlink(tmp_path / "secret.jpg", root / "drafts" / "img" / "link.jpg")
    assert X.locate("img/link.jpg", base, r) == (None, "outside")  # a link out of the project is not followed


def test_project_root_prefers_config_then_repository(tmp_path, monkeypatch):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "a" / "b").mkdir(parents=True)
    assert X.project_root(str(repo / "a" / "b"), str(repo / "a")) == os.path.realpath(repo / "a")
    assert X.project_root(str(repo / "a" / "b"), None) == os.path.realpath(repo)
    # a config kept outside the draft's tree (--config elsewhere) does not confine the draft
    (tmp_path / "conf").mkdir()
    assert X.project_root(str(repo / "a" / "b"), str(tmp_path / "conf")) == os.path.realpath(repo)
    loose = tmp_path / "loose" / "d"
    loose.mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "loose")
    ancestors = [os.path.realpath(tmp_path)]
    while os.path.dirname(ancestors[-1]) != ancestors[-1]:
        ancestors.append(os.path.dirname(ancestors[-1]))
    if not any(os.path.exists(os.path.join(a, ".git")) for a in ancestors):
        # no repository, no config: the working folder, since the draft is inside it
        assert X.project_root(str(loose), None) == os.path.realpath(tmp_path / "loose")
        monkeypatch.chdir(tmp_path / "repo")
        assert X.project_root(str(loose), None) == os.path.realpath(loose)


def test_nul_byte_in_an_image_name_is_missing_not_a_crash(tmp_path):
    from postlint.images.exif import locate

    assert locate("img/a\x00.jpg", str(tmp_path), str(tmp_path)) == (None, "missing")


def test_percent_encoded_name_finds_the_file(tmp_path):
    from postlint.images.exif import locate

    (tmp_path / "img").mkdir()
    make_jpeg(tmp_path / "img" / "my photo.jpg")
    real, status = locate("img/my%20photo.jpg", str(tmp_path), str(tmp_path))
    assert status == "ok" and real.endswith("my photo.jpg")


def test_a_serial_number_alone_is_info_and_an_owners_name_a_warning(lint, tmp_path):
    folder = tmp_path / "case"
    folder.mkdir(exist_ok=True)
    make_jpeg(folder / "serial.jpg", gps=None, serial="SN12345")
    make_jpeg(folder / "owner.jpg", gps=None, owner="Awa Diallo", serial="SN12345")
    text = ("---\nlang: en\n---\nOur stand.\n\n![Our stand](serial.jpg)\nPhoto: Awa Diallo\n\n"
            "![The team](owner.jpg)\nPhoto: Awa Diallo\n")
    found = [f for f in lint(text).findings if f.rule == "geotag.image-metadata"]
    assert [f.severity for f in found] == ["info", "warning"]
    assert "serial number" in found[0].message and "identify a person" in found[1].message


def test_a_blank_owner_field_names_nobody(tmp_path):
    meta = X.read_metadata(make_jpeg(tmp_path / "a.jpg", gps=None, owner="   ", serial="SN12345"))
    assert meta.identifying == [("serial", "BodySerialNumber", "SN12345")]
