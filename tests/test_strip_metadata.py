"""`postlint strip-metadata`: GPS and identifying tags go, the pixels stay byte-identical."""
from __future__ import annotations

import io
import os
import struct
import zlib

import pytest
from PIL import Image

from conftest import run_cli
from postlint.images import exif as X
from postlint.images import strip as S
from test_exif import GPS_DAKAR, XMP_CITY, XMP_PLAIN, insert_segment, iptc_segment, make_exif, make_jpeg, picture


def scan_data(jpeg: bytes) -> bytes:
    """The JPEG from its start-of-scan marker on: the entropy-coded picture (independent walker)."""
    pos = 2
    while jpeg[pos + 1] != 0xDA:
        pos += 2 + struct.unpack(">H", jpeg[pos + 2:pos + 4])[0]
    return jpeg[pos:]


def pixels(path) -> bytes:
    with Image.open(path) as im:
        return im.convert("RGB").tobytes()


def test_jpeg_gps_owner_serial_removed_pixels_identical(tmp_path):
    p = make_jpeg(tmp_path / "a.jpg", owner="Awa Diallo", serial="SN12345")
    before = open(p, "rb").read()
    res = S.strip_file(p)
    after = open(p, "rb").read()
    assert res.changed and any(r.startswith("GPS position (≈ 14.75° N, 17.39° W)") for r in res.removed)
    assert {"CameraOwnerName", "BodySerialNumber"} <= set(res.removed)
    assert scan_data(after) == scan_data(before)  # entropy-coded bytes untouched
    assert len(after) == len(before)  # EXIF edited in place
    assert pixels(p) == Image.open(io.BytesIO(before)).convert("RGB").tobytes()
    meta = X.read_metadata(p)
    assert meta.gps is None and meta.identifying == [] and meta.status == "ok"
    with Image.open(p) as im:
        ex = im.getexif()
        assert ex.get(0x0112) == 6 and ex.get(0x010F) == "Apple"  # orientation and camera kept
        assert 0x8825 not in ex
        assert ex.get_ifd(0x8769).get(0x9003) == "2024:02:17 10:42:31"
    assert b"Awa Diallo" not in after and b"SN12345" not in after  # values overwritten, not just unlinked


def test_nothing_to_remove_leaves_file_untouched(tmp_path):
    p = make_jpeg(tmp_path / "a.jpg", gps=None, xmp=XMP_PLAIN)
    before = open(p, "rb").read()
    mtime = os.stat(p).st_mtime_ns
    res = S.strip_file(p)
    assert not res.changed and res.removed == []
    assert open(p, "rb").read() == before and os.stat(p).st_mtime_ns == mtime


def test_xmp_with_a_place_is_dropped_plain_xmp_kept(tmp_path):
    p = make_jpeg(tmp_path / "a.jpg", gps=None, xmp=XMP_CITY)
    before = open(p, "rb").read()
    res = S.strip_file(p)
    after = open(p, "rb").read()
    assert res.removed == ["XMP packet (City)"]
    assert b"Pikine" not in after and scan_data(after) == scan_data(before)
    q = make_jpeg(tmp_path / "b.jpg", xmp=XMP_PLAIN)
    S.strip_file(q)
    assert b"Awa Diallo" in open(q, "rb").read()  # the creator (a credit) stays


def test_iptc_block_with_city_is_dropped(tmp_path):
    buf = io.BytesIO()
    picture().save(buf, "JPEG")
    p = tmp_path / "i.jpg"
    p.write_bytes(insert_segment(buf.getvalue(), iptc_segment()))
    res = S.strip_file(str(p))
    assert res.removed == ["IPTC block (City, Sublocation)"]
    assert X.read_metadata(str(p)).identifying == []
    assert scan_data(p.read_bytes()) == scan_data(buf.getvalue())


def _exif_with_thumbnail(order: str, thumb: bytes) -> bytes:
    """A hand-built EXIF block: IFD0 (orientation, GPS pointer) → GPS IFD; IFD1 with a JPEG thumbnail."""
    e = "<" if order == "II" else ">"
    ifd0, n0 = 8, 2
    gps = ifd0 + 2 + 12 * n0 + 4
    lat = gps + 2 + 12 * 4 + 4
    lon = lat + 24
    ifd1 = lon + 24
    thumb_at = ifd1 + 2 + 12 * 2 + 4

    def entry(tag, typ, count, value, short=False):
        v = struct.pack(e + "HH", value, 0) if short else struct.pack(e + "I", value)
        return struct.pack(e + "HHI", tag, typ, count) + v

    def ascii1(tag, ch):
        return struct.pack(e + "HHI", tag, 2, 2) + ch.encode() + b"\x00\x00\x00"

    out = order.encode() + struct.pack(e + "HI", 42, ifd0)
    out += struct.pack(e + "H", n0) + entry(0x0112, 3, 1, 6, short=True) + entry(0x8825, 4, 1, gps)
    out += struct.pack(e + "I", ifd1)
    out += struct.pack(e + "H", 4) + ascii1(1, "N") + entry(2, 5, 3, lat) + ascii1(3, "W") + entry(4, 5, 3, lon)
    out += struct.pack(e + "I", 0)
    out += struct.pack(e + "6I", 14, 1, 45, 1, 1300, 100) + struct.pack(e + "6I", 17, 1, 23, 1, 2699, 100)
    out += struct.pack(e + "H", 2) + entry(0x0201, 4, 1, thumb_at) + entry(0x0202, 4, 1, len(thumb))
    out += struct.pack(e + "I", 0) + thumb
    payload = b"Exif\x00\x00" + out
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


@pytest.mark.parametrize("order", ["II", "MM"])
def test_thumbnail_goes_with_the_gps_in_both_byte_orders(tmp_path, order):
    tb = io.BytesIO()
    Image.new("RGB", (16, 16), (255, 0, 0)).save(tb, "JPEG")  # the "uncropped original"
    thumb = tb.getvalue()
    main = io.BytesIO()
    picture().save(main, "JPEG")
    p = tmp_path / "t.jpg"
    p.write_bytes(insert_segment(main.getvalue(), _exif_with_thumbnail(order, thumb)))
    assert X.read_metadata(str(p)).gps == (pytest.approx(14.7536, abs=1e-3), pytest.approx(-17.3908, abs=1e-3))
    res = S.strip_file(str(p))
    data = p.read_bytes()
    assert res.removed[0].startswith("GPS position (≈ 14.75° N, 17.39° W)") and "thumbnail" in res.removed
    assert thumb not in data and scan_data(data) == scan_data(main.getvalue())
    with Image.open(p) as im:
        assert im.getexif().get(0x0112) == 6 and 0x8825 not in im.getexif()
    assert X.read_metadata(str(p)).gps is None


def test_all_keeps_orientation_only(tmp_path):
    p = make_jpeg(tmp_path / "a.jpg", xmp=XMP_PLAIN)
    res = S.strip_file(p, everything=True)
    with Image.open(p) as im:
        ex = im.getexif()
        assert ex.get(0x0112) == 6 and 0x010F not in ex and 0x0110 not in ex
        assert "xmp" not in im.info
    assert any("XMP" in r for r in res.removed)


def test_damaged_exif_is_dropped_whole(tmp_path):
    data = bytearray(open(make_jpeg(tmp_path / "a.jpg"), "rb").read())
    i = data.find(b"Exif\x00\x00")
    data[i + 6:i + 8] = b"XX"  # not a TIFF header
    p = tmp_path / "bad.jpg"
    p.write_bytes(bytes(data))
    assert S.strip_file(str(p)).removed == ["damaged EXIF block"]
    assert X.read_metadata(str(p)).status == "ok"
    assert scan_data(p.read_bytes()) == scan_data(bytes(data))


def test_png_exif_edited_crc_valid_and_xmp_dropped(tmp_path):
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", XMP_CITY.decode())
    p = tmp_path / "a.png"
    picture().save(p, "PNG", exif=make_exif(GPS_DAKAR, owner="Awa Diallo"), pnginfo=info)
    before = pixels(p)
    res = S.strip_file(str(p))
    assert any(r.startswith("GPS position") for r in res.removed) and "XML:com.adobe.xmp text chunk" in res.removed
    data = p.read_bytes()
    pos = 8
    while pos < len(data):  # every chunk's CRC is right
        n = struct.unpack(">I", data[pos:pos + 4])[0]
        assert struct.unpack(">I", data[pos + 8 + n:pos + 12 + n])[0] == zlib.crc32(data[pos + 4:pos + 8 + n]) & 0xFFFFFFFF
        pos += 12 + n
    assert pixels(p) == before
    meta = X.read_metadata(str(p))
    assert meta.gps is None and meta.identifying == []


def test_webp_exif_and_xmp(tmp_path):
    p = tmp_path / "a.webp"
    picture().save(p, "WEBP", lossless=True, exif=make_exif(GPS_DAKAR, serial="SN1"), xmp=XMP_CITY)
    before = pixels(p)
    res = S.strip_file(str(p))
    assert "BodySerialNumber" in res.removed and "XMP packet (City)" in res.removed
    assert pixels(p) == before
    with Image.open(p) as im:
        assert "xmp" not in im.info and 0x8825 not in im.getexif() and im.getexif().get(0x0112) == 6
    assert struct.unpack("<I", p.read_bytes()[4:8])[0] == len(p.read_bytes()) - 8


def test_unsupported_and_malformed_raise_strip_error(tmp_path):
    with pytest.raises(S.StripError):
        S.strip_bytes(b"GIF89a....")
    with pytest.raises(S.StripError):
        S.strip_jpeg(b"\xff\xd8\xff\xe1\xff\xff" + b"x" * 10)  # segment longer than the file


# ------------------------------------------------------------------------------------------- the command
def test_cli_dry_run_then_strip_then_clean(tmp_path):
    p = make_jpeg(tmp_path / "a.jpg", owner="Awa Diallo")
    before = open(p, "rb").read()
    r = run_cli("strip-metadata", "--dry-run", p)
    assert r.returncode == 1 and "would remove GPS position" in r.stdout and open(p, "rb").read() == before
    r = run_cli("strip-metadata", str(tmp_path))  # a folder is walked
    assert r.returncode == 0, r.stderr
    assert "removed GPS position (≈ 14.75° N, 17.39° W)" in r.stdout and "CameraOwnerName" in r.stdout
    assert sorted(os.listdir(tmp_path)) == ["a.jpg"]  # no temporary file left behind
    r = run_cli("strip-metadata", p)
    assert r.returncode == 0 and "nothing to remove" in r.stdout


def test_cli_errors_exit_2_and_other_files_still_cleaned(tmp_path):
    good = make_jpeg(tmp_path / "a.jpg")
    (tmp_path / "notes.txt").write_text("hello")
    r = run_cli("strip-metadata", str(tmp_path / "missing.jpg"), str(tmp_path / "notes.txt"), good)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "missing.jpg: error" in r.stderr and "notes.txt: error: unsupported format" in r.stderr
    assert X.read_metadata(good).gps is None


def test_new_user_flow_check_strip_check(tmp_path):
    """A phone photo with GPS is reported by `check`; after `strip-metadata` the check passes."""
    (tmp_path / "img").mkdir()
    make_jpeg(tmp_path / "img" / "maraude.jpg")
    (tmp_path / "post.md").write_text(
        "---\nlang: fr\nimages:\n  - src: img/maraude.jpg\n    alt: \"Deux intervenantes de nuit\"\n"
        "    credit: \"© Sunu Santé\"\n    consent: true\n---\nMaraude de nuit : 85 personnes rencontrées.\n",
        encoding="utf-8")
    (tmp_path / ".postlint.yaml").write_text("{}\n")
    before = pixels(tmp_path / "img" / "maraude.jpg")
    r = run_cli("check", "--no-cache", "post.md", cwd=tmp_path)
    assert r.returncode == 1 and "geotag.exif-gps" in r.stdout and "14,75° N" in r.stdout
    assert "14.7536" not in r.stdout  # the report does not repeat the exact position
    r = run_cli("strip-metadata", "img/maraude.jpg", cwd=tmp_path)
    assert r.returncode == 0 and "removed GPS position" in r.stdout
    r = run_cli("check", "--no-cache", "post.md", cwd=tmp_path)
    assert r.returncode == 0, r.stdout
    assert pixels(tmp_path / "img" / "maraude.jpg") == before
