"""mistletoe's punctuation set: the precomputed table against mistletoe's own full scan."""

import importlib.util
import subprocess
import sys
import unicodedata
from functools import cache

import mistletoe.core_tokens

from proposal_lint.reading.mistletoe_punctuation import PUNCTUATION_RANGES, punctuation_for


def _as_ranges(chars) -> tuple:
    """`chars` as inclusive code point ranges, the table's form (printed when the test fails)."""
    ranges = []
    for code in sorted(map(ord, chars)):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return tuple(map(tuple, ranges))


@cache
def _slow_punctuation() -> frozenset[str]:
    """mistletoe's core_tokens run afresh as a module of its own: its full code point scan."""
    spec = importlib.util.spec_from_file_location("fresh_core_tokens", mistletoe.core_tokens.__file__)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.punctuation)


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_the_table_is_mistletoes_own_set_for_this_unicode_version():
    version = unicodedata.unidata_version
    assert version in PUNCTUATION_RANGES, f"add {version}: {_as_ranges(_slow_punctuation())}"
    slow = _slow_punctuation()
    assert _as_ranges(slow) == PUNCTUATION_RANGES[version], f"update {version}: {_as_ranges(slow)}"
    assert punctuation_for(version) == slow
    assert mistletoe.core_tokens.punctuation == slow  # this process imported it the fast way


def test_importing_proposal_lint_makes_mistletoes_import_take_the_table():
    out = _run("import proposal_lint, sys, mistletoe.core_tokens as c;"
               "print(type(c.__loader__).__name__, len(c.punctuation), sys.maxunicode == 0x10FFFF)")
    assert out.split() == ["_CoreTokensLoader", str(len(_slow_punctuation())), "True"]


def test_a_table_that_disagrees_on_latin_1_falls_back_to_the_full_scan():
    out = _run("import unicodedata, proposal_lint.reading.mistletoe_punctuation as m;"
               "m.PUNCTUATION_RANGES[unicodedata.unidata_version] = ((0x21, 0x2F), (0x4E00, 0x4E00));"
               "import mistletoe.core_tokens as c; print(len(c.punctuation), chr(0x4E00) in c.punctuation)")
    assert out.split() == [str(len(_slow_punctuation())), "False"]


def test_another_unicode_version_imports_mistletoe_untouched():
    out = _run("import unicodedata; unicodedata.unidata_version = '1.0.0';"
               "import proposal_lint, mistletoe.core_tokens as c;"
               "print(type(c.__loader__).__name__, len(c.punctuation))")
    assert out.split() == ["SourceFileLoader", str(len(_slow_punctuation()))]
