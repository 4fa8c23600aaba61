import pytest

from hardware.scanning.framing import Frame, LineFramer, Rejected
from hardware.scanning.wedge import Kind, WedgeClassifier


def test_framer_splits_lines_and_reports_noise_and_overflow():
    f = LineFramer(suffix=b"\r\n", max_length=13)
    out = f.feed(b"\x00\xff2900000000001\r\n" + b"1" * 20 + b"\r\n4006381333931\r\n\r\n", now=0.0)
    assert [r for r in out if isinstance(r, Frame)] == [Frame("2900000000001"), Frame("4006381333931")]
    assert [r.reason for r in out if isinstance(r, Rejected)] == ["noise", "too_long"]


def test_framer_lone_cr_with_crlf_suffix_is_noise():
    f = LineFramer(suffix=b"\r\n")
    assert f.feed(b"123\rX\r\n", 0.0) == [Rejected("noise", b"123\r"), Frame("X")]


def test_framer_drops_a_stale_partial_line():
    f = LineFramer(suffix=b"\r", partial_timeout=0.5)
    assert f.feed(b"29000", 1.0) == []
    assert f.feed(b"4006381333931\r", 1.6) == [Rejected("partial", b"29000"), Frame("4006381333931")]
    # within the timeout, pieces join
    assert f.feed(b"40063", 2.0) == []
    assert f.feed(b"81333931\r", 2.4) == [Frame("4006381333931")]


def test_framer_split_suffix_across_reads():
    f = LineFramer(suffix=b"\r\n")
    assert f.feed(b"ABC\r", 0.0) == []
    assert f.feed(b"\n", 0.01) == [Frame("ABC")]


def _run(clf, keys_and_gaps):
    """Feed keys with the given gap (s) before each; return the decisions."""
    t = 100.0
    decisions = []
    for key, gap in keys_and_gaps:
        t += gap
        decisions.append(clf.feed(key, now=t))
    return decisions, t


def _typed(text, gap, end="\r", end_gap=None):
    return [(c, gap) for c in text] + [(end, gap if end_gap is None else end_gap)]


CODE = "2900000000001"


@pytest.mark.parametrize(
    "label, keys, expect_scan",
    [
        ("scanner, 4 ms per key", _typed(CODE, 0.004), True),
        ("scanner ending in Tab", _typed(CODE, 0.004, end="\t"), True),
        ("slow scanner at the boundary: 30 ms", _typed(CODE, 0.030), True),
        ("slow scanner just over: 31 ms", _typed(CODE, 0.031), False),
        ("scanner, slow Enter", _typed(CODE, 0.004, end_gap=0.2), False),
        ("fast typist 60 ms", _typed("4006381333931", 0.060), False),
        ("fast typist with one 25 ms rollover", [(c, 0.025 if i == 3 else 0.060) for i, c in enumerate(CODE)] + [("\r", 0.06)], False),
        ("short fast burst (5 keys)", _typed("12345", 0.004), False),
        ("exactly min length (6 keys)", _typed("123456", 0.004), True),
        ("burst without Enter", [(c, 0.004) for c in CODE], False),
    ],
)
def test_wedge_timing_table(label, keys, expect_scan):
    clf = WedgeClassifier(max_gap=0.030, min_length=6)
    decisions, t = _run(clf, keys)
    late = clf.poll(now=t + 1.0)
    scans = [d.code for d in decisions if d.kind is Kind.SCAN]
    released = "".join(k for d in decisions + ([late] if late else []) if d.kind is Kind.RELEASE for k in d.keys)
    if expect_scan:
        assert scans == ["".join(k for k, _ in keys[:-1])], label
        assert released == "", label
    else:
        assert scans == [], label
        # nothing a person typed is lost: every key comes back, in order
        assert released == "".join(k for k, _ in keys), label


def test_wedge_human_then_scan_uses_injected_clock():
    now = [0.0]
    clf = WedgeClassifier(clock=lambda: now[0])
    assert clf.feed("a").kind is Kind.PENDING
    now[0] += 0.5
    d = clf.feed("2")
    assert d.kind is Kind.RELEASE and d.keys == ("a",)
    for c in CODE[1:]:
        now[0] += 0.003
        assert clf.feed(c).kind is Kind.PENDING
    now[0] += 0.003
    d = clf.feed("\r")
    assert d.kind is Kind.SCAN and d.code == CODE
    assert clf.poll() is None


def test_wedge_single_key_released_by_poll():
    clf = WedgeClassifier()
    assert clf.feed("x", now=1.0).kind is Kind.PENDING
    assert clf.poll(now=1.01) is None
    d = clf.poll(now=1.2)
    assert d.kind is Kind.RELEASE and d.keys == ("x",)
