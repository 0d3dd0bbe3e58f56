"""Every item model passes Qt's model tester, and the library filter folds accents."""

import pytest
from PySide6.QtCore import Qt

from desktop_app.models import DocumentSummary
from desktop_app.search import Facets, Hit, MatchSpan, Snippet
from desktop_app.ui.entity_model import Group, GroupedModel, Item, RowsModel
from desktop_app.ui.library_model import LibraryModel, LibraryProxy, display_date
from desktop_app.ui.search_model import HTML_ROLE, HitsModel, facet_groups, field_filter


def _summary(i, title, date=None, source=None):
    return DocumentSummary(i, title, date, source, None, f"f{i}.txt", "txt", "", i * 3, i)


DOCS = [_summary(1, "Hội nghị tại Hà Nội", "2023-03-31T20:40", "Tổ Quốc"),
        _summary(2, "Kiểm tra ở Bình Thuận", "2019-10", None),
        _summary(3, "Đà Nẵng phát triển", None, "Báo Đà Nẵng")]


def test_library_model(qtmodeltester):
    model = LibraryModel()
    model.set_documents(DOCS)
    qtmodeltester.check(model, force_py=True)
    proxy = LibraryProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    assert model.index(0, LibraryModel.DATE).data() == "31/03/2023"


def test_library_filter_ignores_accents_and_sorts_raw_values():
    model = LibraryModel()
    model.set_documents(DOCS)
    proxy = LibraryProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("ha noi")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Hội nghị tại Hà Nội"]
    proxy.set_filter_text("da nang")  # matches the title and the source of #3 only
    assert proxy.rowCount() == 1
    proxy.set_filter_text("")
    proxy.sort(LibraryModel.ENTITIES, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, LibraryModel.ENTITIES).data() for r in range(3)] == ["9", "6", "3"]


def test_display_date():
    assert display_date("2022-10") == "10/2022"
    assert display_date("2019") == "2019"
    assert display_date(None) == ""


def test_grouped_model(qtmodeltester):
    model = GroupedModel(["Entity", "Mentions"])
    model.set_groups([Group("Person", "P", [Item("Hồ Chí Minh", 3, ("P", "Hồ Chí Minh")),
                                            Item("Phạm Minh Chính", 1)]),
                      Group("Place", "L", [Item("Hà Nội", 2)]), Group("Empty", "E", [])])
    qtmodeltester.check(model, force_py=True)
    person = model.index(0, 0)
    assert model.rowCount(person) == 2
    assert model.index(0, 1, person).data() == "3"
    assert model.index(0, 1).data() == "4"  # a group shows the sum of its items
    assert model.parent(model.index(1, 0, person)) == person


def test_rows_model(qtmodeltester):
    model = RowsModel(["Person", "Title", "Organisation"])
    model.set_rows([(("A", "Chủ tịch", "UBND"), 1), (("B", "Bí thư", ""), 2)])
    qtmodeltester.check(model, force_py=True)
    assert model.index(1, 1).data() == "Bí thư"


def _hit():
    snippet = Snippet("nói về <Hà Nội> & Huế", 100, 120, (MatchSpan(108, 114),))
    return Hit(7, "Tin <mới>", "2023-01-01", "VnExpress", 1.5, (snippet,), (MatchSpan(108, 114),))


def test_hits_model_escapes_html_and_bolds_matches(qtmodeltester):
    model = HitsModel()
    model.set_hits([_hit(), _hit()])
    qtmodeltester.check(model, force_py=True)
    html = model.index(0).data(HTML_ROLE)
    assert "Tin &lt;mới&gt;" in html
    assert "<b><u>Hà Nội</u></b>" in html
    assert "&amp; Huế" in html


def test_facets_become_field_filters(qtmodeltester):
    facets = Facets(entities={"PERSON": [("Hồ Chí Minh", 3)], "DATE": [("2020", 1)]},
                    years=[("2022", 2)], sources=[("Báo Nhân Dân", 1)], tags=[("quan trọng", 1)])
    groups = facet_groups(facets, {})
    assert [g.payload for g in groups] == ["person", "year", "source", "tag"]
    model = GroupedModel(["Narrow by", "Hits"])
    model.set_groups(groups)
    qtmodeltester.check(model, force_py=True)
    assert [field_filter(*i.payload) for g in groups for i in g.items] == [
        'person:"Hồ Chí Minh"', "year:2022", 'source:"Báo Nhân Dân"', 'tag:"quan trọng"']


@pytest.mark.parametrize("model_cls", [LibraryModel, HitsModel])
def test_empty_models(qtmodeltester, model_cls):
    qtmodeltester.check(model_cls(), force_py=True)
