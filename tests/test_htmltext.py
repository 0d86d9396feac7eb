"""html_to_text keeps what the later stages read and drops what must not reach output."""

from __future__ import annotations

from correspondence.htmltext import html_to_text


def test_paragraphs_divs_and_breaks_make_lines() -> None:
    text = html_to_text("<p>Dear requester,</p><div>first line<br>second line</div><p>Regards</p>")
    lines = [ln for ln in text.splitlines() if ln]
    assert lines == ["Dear requester,", "first line", "second line", "Regards"]


def test_link_text_kept_url_and_tokens_dropped() -> None:
    text = html_to_text(
        '<p>Please <a href="https://portal.example.gov/login?token=SECRET123">view your request</a>'
        ' or go to <a href="https://portal.example.gov/r?k=SECRET456">https://portal.example.gov/r?k=SECRET456</a></p>'
    )
    assert "view your request" in text
    assert "SECRET" not in text
    assert "https://portal.example.gov/r" in text


def test_list_items_each_on_own_line() -> None:
    text = html_to_text("<p>Released files:</p><ul><li>Budget 2024.pdf</li><li>Emails <b>part 2</b>.pdf</li></ul>")
    assert "- Budget 2024.pdf" in text.splitlines()
    assert "- Emails part 2.pdf" in text.splitlines()


def test_table_rows_one_per_line_cells_in_order() -> None:
    text = html_to_text("<table><tr><th>File</th><th>Pages</th></tr><tr><td>report.pdf</td><td>12</td></tr></table>")
    assert text.splitlines() == ["File | Pages", "report.pdf | 12"]


def test_blockquotes_become_quoted_lines_nested() -> None:
    text = html_to_text(
        '<div>My answer</div><div class="gmail_quote">On Tue, Mar 3, 2026 at 9:00 AM Records &lt;r@x.gov&gt; wrote:'
        "<blockquote>Your request<blockquote>Original ask</blockquote>thanks</blockquote></div>"
    )
    lines = text.splitlines()
    assert lines[0] == "My answer"
    assert "On Tue, Mar 3, 2026 at 9:00 AM Records <r@x.gov> wrote:" in lines
    assert "> Your request" in lines
    assert "> > Original ask" in lines
    assert "> thanks" in lines


def test_outlook_reply_header_kept_as_text() -> None:
    text = html_to_text(
        '<p class="MsoNormal">Thanks</p><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">'
        "<b>From:</b> Records Office &lt;records@city.gov&gt;<br><b>Sent:</b> Monday, May 4, 2026 10:00 AM<br>"
        "<b>Subject:</b> PRR 26-1</div><div>Body of the earlier one</div>"
    )
    lines = text.splitlines()
    assert "From: Records Office <records@city.gov>" in lines
    assert "Sent: Monday, May 4, 2026 10:00 AM" in lines
    assert lines[-1] == "Body of the earlier one"


def test_styles_scripts_comments_hidden_and_pixels_dropped() -> None:
    text = html_to_text(
        "<html><head><title>T</title><style>.a{color:red}</style></head><body>"
        "<script>var x=1;</script><!-- secret comment --><span style='display:none'>preheader</span>"
        '<img src="https://t.example/p.gif" width="1" height="1" alt="tracker">Visible&nbsp;text &amp; more'
        "</body></html>"
    )
    assert text == "Visible text & more"


def test_empty_and_broken_input_do_not_crash() -> None:
    assert html_to_text("") == ""
    assert html_to_text("   ") == ""
    assert "unclosed" in html_to_text("<div><p>unclosed <b>bold")


def test_deep_nesting_does_not_recurse() -> None:
    html = "<blockquote>" * 2000 + "deep" + "</blockquote>" * 2000
    assert html_to_text(html).endswith("deep")


def test_indent_blockquote_is_not_a_quote() -> None:
    text = html_to_text(
        '<div>The statute reads</div><blockquote style="margin:0 0 0 40px;border:none;padding:0px">'
        "<div>Every person may inspect public records.</div></blockquote><div>Please apply it.</div>"
    )
    assert text.splitlines() == ["The statute reads", "Every person may inspect public records.", "Please apply it."]


def test_outlook_empty_paragraphs_are_blank_lines() -> None:
    text = html_to_text(
        '<p class="MsoNormal">Dear Pat,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<p class="MsoNormal">The records are attached.<o:p></o:p></p>'
        '<p class="MsoNormal">Records Unit<o:p></o:p></p>'
    )
    assert text.splitlines() == ["Dear Pat,", "", "The records are attached.", "Records Unit"]
