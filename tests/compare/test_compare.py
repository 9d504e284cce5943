"""/sammenlign/: cases side by side from a list in the address, without login or JavaScript."""

import pytest

from compare.selection import COOKIE, InvalidSelection, case_ids_from
from compare.views import first_lines
from tests.factories import CaseStudyPageFactory


@pytest.fixture
def three_cases(case_index):
    return [
        CaseStudyPageFactory(
            title="Læsebånd i indskolingen",
            kommuner=["Ærø"],
            omraade="skole",
            maalgrupper=["laerere"],
            period_start=2021,
            period_end=2023,
            scope="Hver morgen i tre år",
            participants=140,
            resources="<p>To timer om ugen til en <strong>læsevejleder</strong>.</p><p>Bøger for 20.000 kr.</p>",
            key_advice="<p>Start med de yngste &amp; hold fast.</p>",
            contact_name="Søren Ødegård",
            contact_email="soeren@aeroe.dk",
        ),
        CaseStudyPageFactory(title="Sprog i vuggestuen", kommuner=["Odense"], omraade="dagtilbud"),
        CaseStudyPageFactory(title="Trivsel i klubben", kommuner=["Aalborg"], omraade="fritid"),
    ]


def ids(*cases):
    return ",".join(str(case.pk) for case in cases)


@pytest.mark.django_db
def test_cases_are_shown_side_by_side_in_the_lists_order(client, three_cases):
    laesebaand, sprog, _ = three_cases
    response = client.get("/sammenlign/", {"sager": ids(sprog, laesebaand)})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Sprog i vuggestuen") < html.index("Læsebånd i indskolingen")
    for expected in [
        "Ærø Kommune",
        "Region Syddanmark",
        "Dagtilbud",
        "Lærere",
        "2021-2023",
        "Hver morgen i tre år",
        "140",
        "To timer om ugen til en læsevejleder. Bøger for 20.000 kr.",
        "Start med de yngste &amp; hold fast.",
        "Søren Ødegård",
        'href="mailto:soeren@aeroe.dk"',
        "Nødvendige ressourcer",
        "Det vigtigste råd til andre",
    ]:
        assert expected in html, expected
    assert "Trivsel i klubben" not in html
    query = f"sager={sprog.pk},{laesebaand.pk}"
    assert f'href="/eksport/sammenligning.csv?{query}"' in html
    assert f'href="/eksport/sammenligning.xlsx?{query}"' in html
    assert f'value="http://testserver/sammenlign/?sager={sprog.pk},{laesebaand.pk}"' in html
    assert response.cookies[COOKIE].value == f"{sprog.pk}.{laesebaand.pk}"


@pytest.mark.django_db
def test_each_column_links_to_the_list_without_it(client, three_cases):
    first, second, third = three_cases
    html = client.get("/sammenlign/", {"sager": ids(first, second, third)}).content.decode()
    assert f'href="/sammenlign/?sager={first.pk},{third.pk}"' in html


@pytest.mark.django_db
def test_unknown_draft_and_private_cases_are_left_out_without_a_word(
    client, three_cases, hidden_cases
):
    visible = three_cases[0]
    response = client.get("/sammenlign/", {"sager": f"{ids(*hidden_cases)},{visible.pk},999999"})
    assert response.status_code == 200
    html = response.content.decode()
    assert visible.title in html
    for hidden in hidden_cases:
        assert hidden.title not in html
        assert str(hidden.pk) not in response.cookies[COOKIE].value.split(".")
    assert "Tilføj mindst ét praksiseksempel mere" in html
    assert [column["case"].pk for column in response.context["columns"]] == [visible.pk]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "value",
    ["abc", "12;45", "-1", "1.5", "12,abc", "١٢", "9" * 11, ",".join(str(n) for n in range(1, 30))],
)
def test_a_bad_list_gets_a_clear_danish_message_not_an_error(client, case_index, value):
    response = client.get("/sammenlign/", {"sager": value})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "praksiseksempel" in html or "praksiseksempler" in html
    export = client.get("/eksport/sammenligning.csv", {"sager": value})
    assert export.status_code == 400


@pytest.mark.django_db
def test_more_than_six_cases_show_the_first_six_with_a_notice(client, case_index):
    cases = [CaseStudyPageFactory(title=f"Forløb {number}") for number in range(7)]
    response = client.get("/sammenlign/", {"sager": ids(*cases)})
    assert [column["case"].pk for column in response.context["columns"]] == [
        case.pk for case in cases[:6]
    ]
    assert "højst 6 praksiseksempler" in response.content.decode()


@pytest.mark.django_db
def test_adding_without_javascript_remembers_the_list_in_a_cookie(client, three_cases):
    first, second, _ = three_cases
    response = client.get(f"/sammenlign/tilfoej/{first.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/sammenlign/?sager={first.pk}"
    response = client.get(f"/sammenlign/tilfoej/{second.pk}/")
    assert response["Location"] == f"/sammenlign/?sager={first.pk},{second.pk}"
    # Adding a case that is already there moves it last rather than repeating it.
    response = client.get(f"/sammenlign/tilfoej/{first.pk}/")
    assert response["Location"] == f"/sammenlign/?sager={second.pk},{first.pk}"
    # The comparison page without a list goes to the remembered one.
    assert client.get("/sammenlign/")["Location"] == f"/sammenlign/?sager={second.pk},{first.pk}"


@pytest.mark.django_db
def test_a_full_list_lets_the_oldest_case_go(client, case_index):
    cases = [CaseStudyPageFactory(title=f"Forløb {number}") for number in range(7)]
    for case in cases:
        response = client.get(f"/sammenlign/tilfoej/{case.pk}/")
    assert response["Location"] == f"/sammenlign/?sager={ids(*cases[1:])}"


@pytest.mark.django_db
def test_an_empty_list_explains_how_to_fill_it(client, case_index):
    client.cookies[COOKIE] = "ødelagt"
    response = client.get("/sammenlign/")
    assert response.status_code == 200
    assert "Der er ingen praksiseksempler på listen endnu." in response.content.decode()


@pytest.mark.django_db
def test_cards_and_case_pages_offer_to_add_the_case(client, three_cases):
    case = three_cases[0]
    link = f'href="/sammenlign/tilfoej/{case.pk}/"'
    assert link in client.get(case.url).content.decode()
    assert link in client.get("/praksiseksempler/").content.decode()
    assert link in client.get("/").content.decode()


def test_case_ids_allow_spaces_and_a_trailing_comma_and_drop_repeats():
    assert case_ids_from(["12, 45,12,", "78"]) == [12, 45, 78]
    assert case_ids_from([""]) == []
    with pytest.raises(InvalidSelection):
        case_ids_from(["12 45"])


def test_first_lines_are_plain_text_cut_at_a_word():
    html = "<p>" + " ".join(f"ord{n}" for n in range(50)) + "</p>"
    assert first_lines(html).endswith("ord34 …")
    assert first_lines("<ul><li>Tid</li><li>Penge</li></ul>") == "Tid Penge"
    assert first_lines("") == ""


@pytest.mark.elasticsearch
def test_no_hidden_case_reaches_the_comparison_page(client, hidden_world):
    every_case = [hidden_world.public, *hidden_world.hidden.values()]
    response = client.get("/sammenlign/", {"sager": ids(*every_case)})
    assert response.status_code == 200
    html = response.content.decode()
    hidden_world.assert_nothing_hidden_in(html, "the comparison page", kommune=True)
    assert hidden_world.public.title in html
    shown = {column["case"].title for column in response.context["columns"]}
    assert shown <= hidden_world.public_titles
