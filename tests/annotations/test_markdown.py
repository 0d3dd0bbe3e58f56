"""Note bodies: the small Markdown dialect, rendered to safe HTML and to plain text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.annotations.markdown import note_to_html, note_to_plain


@pytest.mark.parametrize(
    ("note", "html", "plain"),
    [
        ("", "", ""),
        ("Hà Nội 😀", "<p>Hà Nội 😀</p>", "Hà Nội 😀"),
        ("**Đậm** và *nghiêng*", "<p><b>Đậm</b> và <i>nghiêng</i></p>", "Đậm và nghiêng"),
        (
            "__đậm__ _nghiêng_ ~~gạch~~",
            "<p><b>đậm</b> <i>nghiêng</i> <s>gạch</s></p>",
            "đậm nghiêng gạch",
        ),
        (
            "tên_biến_dài và 2 * 3 * 4",
            "<p>tên_biến_dài và 2 * 3 * 4</p>",
            "tên_biến_dài và 2 * 3 * 4",
        ),
        ("`a **b** <c>`", "<p><code>a **b** &lt;c&gt;</code></p>", "a **b** <c>"),
        (r"\*không nghiêng\*", "<p>*không nghiêng*</p>", "*không nghiêng*"),
        (
            "dòng 1\ndòng 2\n\nđoạn 2",
            "<p>dòng 1<br>dòng 2</p><p>đoạn 2</p>",
            "dòng 1\ndòng 2\n\nđoạn 2",
        ),
        ("# Tiêu đề #", "<p><b>Tiêu đề</b></p>", "Tiêu đề"),
        (
            "- một\n* **hai**\n+ ba",
            "<ul><li>một</li><li><b>hai</b></li><li>ba</li></ul>",
            "• một\n• hai\n• ba",
        ),
        ("1. một\n2) hai", "<ol><li>một</li><li>hai</li></ol>", "1. một\n2. hai"),
        ("5. năm\n6. sáu", '<ol start="5"><li>năm</li><li>sáu</li></ol>', "5. năm\n6. sáu"),
        ("> trích\n> dẫn", "<blockquote>trích<br>dẫn</blockquote>", "“trích dẫn”"),
        ("```\n<x> **y**\n```", "<pre>&lt;x&gt; **y**</pre>", "<x> **y**"),
    ],
)
def test_markdown_rendering(note, html, plain):
    assert note_to_html(note) == html
    assert note_to_plain(note) == plain


def test_html_in_notes_is_escaped_not_interpreted():
    note = '<script>alert("x")</script> <img src="http://evil/x.png"> & <b>'
    rendered = note_to_html(note)
    assert "<script" not in rendered and "<img" not in rendered and "<b>" not in rendered
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in rendered
    assert "&amp; &lt;b&gt;" in rendered
    assert note_to_plain(note) == note


def test_links_and_images_are_shown_as_text_never_fetched():
    note = 'Xem [Nghị quyết](https://x.vn/nq?a=1&b=2 "tựa") và ![sơ đồ](http://x.vn/a.png)'
    rendered = note_to_html(note)
    assert "href" not in rendered and "<img" not in rendered and "<a " not in rendered
    assert (
        '<span class="link">Nghị quyết</span> <span class="url">(https://x.vn/nq?a=1&amp;b=2)</span>'
        in rendered
    )
    assert '<span class="link">sơ đồ</span>' in rendered
    assert (
        note_to_plain(note)
        == "Xem Nghị quyết (https://x.vn/nq?a=1&b=2) và sơ đồ (http://x.vn/a.png)"
    )
    assert note_to_plain("[http://a.vn](http://a.vn)") == "http://a.vn"


def test_markup_inside_link_label_is_rendered_and_escaped():
    assert (
        note_to_html("[**x** <y>](u)")
        == '<p><span class="link"><b>x</b> &lt;y&gt;</span> <span class="url">(u)</span></p>'
    )


def test_link_inside_bold_and_code_inside_link():
    assert (
        note_to_html("**[a](u)**")
        == '<p><b><span class="link">a</span> <span class="url">(u)</span></b></p>'
    )
    assert note_to_plain("[`x`](u)") == "x (u)"


def test_nul_characters_cannot_forge_placeholders():
    assert note_to_plain("a\x000\x00b `c`") == "a0b c"


ALLOWED_TAG = re.compile(
    r"</?(p|br|b|i|s|code|pre|ul|ol|li|blockquote)>|<ol start=\"\d+\">|<span class=\"(link|url)\">|</span>"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab <>&\"'*_`[]()!#>-~\\\n1.😀đ/:=")), max_size=80))
def test_any_note_renders_only_known_tags(note):
    rendered = note_to_html(note)
    leftover = ALLOWED_TAG.sub("", rendered)
    assert "<" not in leftover and ">" not in leftover, rendered
    assert "\x00" not in rendered
    plain = note_to_plain(note)
    assert "\x00" not in plain
