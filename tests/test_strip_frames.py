"""`strip-metadata` on JPEG files holding more than one picture (a phone's MPO, a JPEG with another one
appended): every picture is cleaned, or the file is refused and left as it was — never "removed GPS
position" while picture 2 keeps it. And `--all` names the tags it removes the way Pillow does."""
from __future__ import annotations

import io

import pytest
from PIL import Image

from conftest import run_cli
from postlint.images import strip as S
from test_exif import GPS_DAKAR, make_exif, picture


def _jpeg(flip: bool = False, gps=GPS_DAKAR) -> bytes:
    buf = io.BytesIO()
    im = picture().transpose(Image.FLIP_LEFT_RIGHT) if flip else picture()
    im.save(buf, "JPEG", exif=make_exif(gps), quality=85)
    return buf.getvalue()


def _gps_per_picture(data: bytes) -> list[bool]:
    """Whether each picture has a GPS block, read with Pillow (MPO frames) or split at each SOI."""
    with Image.open(io.BytesIO(data)) as im:
        if im.format == "MPO":
            out = []
            for i in range(im.n_frames):
                im.seek(i)
                out.append(0x8825 in im.getexif())
                im.load()  # the frame still decodes
            return out
    out, pos = [], 0
    while (i := data.find(b"\xff\xd8\xff", pos)) != -1:
        end = S.jpeg_end(data, i)
        with Image.open(io.BytesIO(data[i:end])) as one:
            out.append(0x8825 in one.getexif())
            one.load()
        pos = end
    return out


@pytest.fixture
def mpo(tmp_path):
    p = tmp_path / "phone.jpg"
    Image.open(io.BytesIO(_jpeg())).save(p, "MPO", save_all=True, append_images=[picture()],
                                         exif=make_exif(GPS_DAKAR))
    assert _gps_per_picture(p.read_bytes()) == [True, True]
    return p


def test_every_picture_of_an_mpo_is_cleaned(mpo):
    before = mpo.read_bytes()
    res = S.strip_file(str(mpo))
    after = mpo.read_bytes()
    assert res.changed
    assert sum("GPS position" in r for r in res.removed) == 2
    assert any(r.startswith("picture 2: GPS position") for r in res.removed)
    assert len(after) == len(before)  # the MPF index's offsets stay right
    assert _gps_per_picture(after) == [False, False]
    with Image.open(mpo) as im:
        assert im.format == "MPO" and im.n_frames == 2


def test_a_jpeg_with_another_appended_is_cleaned_whole(tmp_path):
    p = tmp_path / "two.jpg"
    p.write_bytes(_jpeg() + _jpeg(flip=True))
    assert _gps_per_picture(p.read_bytes()) == [True, True]
    r = run_cli("strip-metadata", str(p))
    assert r.returncode == 0, r.stderr
    assert "picture 2: GPS position" in r.stdout
    assert _gps_per_picture(p.read_bytes()) == [False, False]
    assert "nothing to remove" in run_cli("strip-metadata", str(p)).stdout


def test_a_second_picture_that_cannot_be_read_is_refused_and_nothing_written(tmp_path):
    p = tmp_path / "odd.jpg"
    second = _jpeg(flip=True)
    data = _jpeg() + second[:len(second) // 3]  # truncated: its structure cannot be followed
    p.write_bytes(data)
    r = run_cli("strip-metadata", str(p))
    assert r.returncode == 2
    assert "picture 2" in r.stderr and "left unchanged" in r.stderr and "removed" not in r.stdout
    assert p.read_bytes() == data


def test_a_second_picture_without_gps_is_reported_as_is(tmp_path):
    p = tmp_path / "two.jpg"
    p.write_bytes(_jpeg() + _jpeg(flip=True, gps=None))
    res = S.strip_file(str(p))
    assert not any(r.startswith("picture 2: GPS") for r in res.removed)
    assert _gps_per_picture(p.read_bytes()) == [False, False]


def test_all_names_tags_as_pillow_does(tmp_path):
    p = tmp_path / "a.jpg"
    p.write_bytes(_jpeg())
    r = run_cli("strip-metadata", "--all", str(p))
    assert r.returncode == 0, r.stderr
    assert "Make" in r.stdout and "Model" in r.stdout and "DateTimeOriginal" in r.stdout
    assert "tag 0x" not in r.stdout


def test_a_deep_ifd_chain_is_an_error_or_cleaned_not_a_crash(tmp_path):
    # thousands of EXIF IFDs chained through their "Exif IFD" pointers: no RecursionError
    import struct

    n = 3000
    tiff = bytearray(b"II*\x00" + struct.pack("<I", 8))
    for i in range(n):
        nxt = 8 + 18 * (i + 1) if i + 1 < n else 0
        tiff += struct.pack("<H", 1) + struct.pack("<HHII", 0x8825 if i == 0 else 0x8769, 4, 1, nxt or 8)
        tiff += struct.pack("<I", 0)
    seg = b"Exif\x00\x00" + bytes(tiff)
    assert len(seg) + 2 <= 0xFFFF
    body = _jpeg(gps=None)
    data = body[:2] + b"\xff\xe1" + struct.pack(">H", len(seg) + 2) + seg + body[2:]
    out, removed = S.strip_bytes(data)  # the GPS pointer leads into the chain: wiped without recursion
    assert removed == ["GPS block"] and len(out) == len(data)
    p = tmp_path / "deep.jpg"
    p.write_bytes(data)
    r = run_cli("strip-metadata", str(p))
    assert r.returncode == 0 and "Traceback" not in r.stderr and "removed GPS block" in r.stdout
