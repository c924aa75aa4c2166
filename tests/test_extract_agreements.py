"""Agreement extraction by behaviour: a sentence in, the agreements it states (or none) out.

Precision first: an agreement is something signed, concluded, announced or reached between named
parties, or a named one ("the Atlantic Declaration"); a shared view ("agreed on the need to ...",
"agreed on the importance of ..."), work begun on a deal or a framework for one is none. One row per
phrasing, through the public `extract_deck` entry.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extracting import facts, text_deck

AGREEMENTS = [
    # (sentence, [(words of `what`, parties)])
    ("New Zealand and Samoa held talks. Mr Peters said the relationship had developed significantly since the signing "
     "of the 1962 Treaty of Friendship between the two countries.",
     [("Treaty of Friendship", {"New Zealand", "Samoa"})]),
    # what it does after the name is no part of the name
    ("Today, the Government of the United States of America and the Government of the Federated States of "
     "Micronesia signed a Memorandum of Understanding affirming our close and continuing partnership.",
     [("Memorandum of Understanding", {"United States", "Micronesia"})]),
    # a definite mention signed in its own sentence is signed there; a bare short form is spelt out
    ("President Obama announced that the United States would renew its memorandum of understanding (MOU) of "
     "assistance to Jordan. Today, Secretary of State John Kerry and Jordanian Foreign Minister Nasser Judeh "
     "signed this new MOU.", [("memorandum of understanding (MOU) of assistance", {"United States", "Jordan"})]),
    # "The Prime Ministers", "both Prime Ministers" of a two-country story are its two sides; a name ending in
    # another trigger word ("Partnership Declaration") is one name; an arrangement by name is one too
    ("Prime Minister Julia Gillard today concluded her visit to Papua New Guinea, having held discussions with "
     "PNG's Prime Minister Peter O'Neill. The Prime Ministers signed a Joint Partnership Declaration. Australia will "
     "increase engagement through a new Defence Cooperation Arrangement (DCA) which was signed by both Prime "
     "Ministers.", [("Joint Partnership Declaration", {"Australia", "Papua New Guinea"}),
                    ("Defence Cooperation Arrangement", {"Australia", "Papua New Guinea"})]),
    # a dash between the names of a name joins them; a date is no part of the name
    ("The UK and Honduras signed the UK – Central America Association Agreement on 18 July.",
     [("UK–Central America Association Agreement", {"United Kingdom", "Honduras"})]),
    ("Prime Minister Rishi Sunak and President Joe Biden announced the Atlantic Declaration, a framework for "
     "the economic partnership between the UK and the US, last month.",
     [("Atlantic Declaration", {"United Kingdom", "United States"})]),
    ("The European Commission signed a framework contract with vaccine maker CSL Seqirus on Tuesday.",
     [("framework contract", {"European Commission", "CSL Seqirus"})]),
    # a readout's "our countries" are the two it is about; the name before a subtitle is the name
    ("Prime Minister Rishi Sunak of the United Kingdom met President Joe Biden of the United States. The leaders "
     "welcomed the agreement of the Atlantic "
     "Declaration, a new approach to the economic relationship between our countries.",
     [("Atlantic Declaration", {"United Kingdom", "United States"})]),
    ("Prime Minister Rishi Sunak met Prime Minister Fumio Kishida of Japan. The leaders welcomed the agreement of "
     "The Hiroshima Accord: An Enhanced UK-Japan Global Strategic Partnership as a landmark moment.",
     [("Hiroshima Accord", {"United Kingdom", "Japan"})]),
    # an amount or "at least" before the noun stays with it
    ("In May, Russia and China signed a $400 billion deal for an eastern supply route.",
     [("$400 billion deal", {"Russia", "China"})]),
    # a province or state is a party of its own, and no country ("British Columbia" is not Britain)
    ("Today, the Prime Minister, Justin Trudeau, and Premier Christy Clark announced that an agreement has been "
     "reached that will result in more than $900 million being invested – by the Government of Canada, British "
     "Columbia, and municipalities – in public transit projects across the province.",
     [("agreement", {"Canada", "British Columbia"})]),
    ("The agreement between Ottawa and Quebec was signed on Monday.", [("agreement", {"Canada", "Quebec"})]),
    # a named agreement over a count of them; never the verb in its name
    ("The European Union and Japan leaders met today in Tokyo to sign two landmark agreements: the Strategic "
     "Partnership Agreement and the Economic Partnership Agreement.",
     [("Strategic Partnership Agreement", {"European Union", "Japan"}),
      ("Economic Partnership Agreement", {"European Union", "Japan"})]),
    # every party of a list, smaller states too
    ("The Prime Minister also announced that New Zealand, Chile, Singapore and Brunei have concluded in parallel "
     "negotiations for an agreement on environment cooperation and a memorandum of understanding on labour "
     "cooperation.",
     [("memorandum of understanding", {"New Zealand", "Chile", "Singapore", "Brunei"})]),
    # a name holds its "and" ("Partnership and Cooperation Agreement", "Treaty of Friendship and Cooperation"),
    # without the praise before it ("the landmark ...")
    ("The Prime Minister welcomed the partnership between the UK and Iraq, as illustrated by the signing of the "
     "landmark Partnership and Cooperation Agreement today.",
     [("Partnership and Cooperation Agreement", {"United Kingdom", "Iraq"})]),
    ("Japan and Vietnam signed the Treaty of Friendship and Cooperation on Monday.",
     [("Treaty of Friendship and Cooperation", {"Japan", "Vietnam"})]),
    # a piece of the agreement's own name is no party
    ("UK Ambassador Dame Karen Pierce and U.S. Assistant Secretary of State Christopher Ford signed the US-UK "
     "Technology Safeguards Agreement, which will enable U.S. companies to take part in space launches from the United "
     "Kingdom.", [("US-UK Technology Safeguards Agreement", {"United Kingdom", "United States"})]),
    # the name an agreement just signed is "formally known as" is its name: one agreement, not two
    ("The Foreign Secretary today signed an agreement between the UK and Georgia. The deal – formally known as the "
     "UK-Georgia Strategic Partnership and Cooperation Agreement – is the first continuity trade agreement between "
     "the UK and an Eastern European country.",
     [("UK-Georgia Strategic Partnership and Cooperation Agreement", {"United Kingdom", "Georgia"})]),
    # a bare "agreement" says what it is for when the sentence does
    ("India and China have signed an agreement aimed at resolving a border dispute that has dragged on for more "
     "than four decades.", [("agreement aimed at resolving a border dispute", {"India", "China"})]),
    # a ceasefire or a truce signed is an agreement; an armed group named by its name is a party of its own
    ("On Thursday, the Philippine government signed a permanent ceasefire with the Moro Islamic Liberation Front, "
     "a rebel group which has fought the government for decades.",
     [("ceasefire", {"Philippines", "Moro Islamic Liberation Front"})]),
    # "both sides" are the two the story sets against each other, not the two countries it names most
    ("Fighting between the Philippine government and the rebel Moro Islamic Liberation Front entered a new stage "
     "today. Rebel guns fell silent after both sides signed a peace deal on Saturday. Malaysia had hosted the talks "
     "in Kuala Lumpur since Malaysia offered in 2001.",
     [("peace deal", {"Philippines", "Moro Islamic Liberation Front"})]),
]

# Parties are those who made it: not a body it leads towards, nor an old agreement it is compared with.
PARTIES = [
    ("Russia and Colombia signed a trade deal on Tuesday that moves Moscow closer to joining the World Trade "
     "Organization.", {"Russia", "Colombia"}),
    ("The United States and South Korea reached a trade deal, the biggest since the 1994 North American Free Trade "
     "Agreement.", {"United States", "South Korea"}),
    # a capital in a name ("the Doha round", "the Paris Agreement") is no party; "Korea" alone is South Korea
    ("U.S. Commerce Secretary Gary Locke signed a Memorandum of Understanding with Korea’s Minister of Knowledge "
     "Economy Lee Youn Ho in Washington today.", {"United States", "South Korea"}),
    ("Brazil and India signed a joint statement on the Doha round of trade talks on Monday.", {"Brazil", "India"}),
    ("Germany and Kenya signed a climate partnership under the Paris Agreement on Monday.", {"Germany", "Kenya"}),
    # where it was signed is no party, a state no more than a country, nor a capital
    ("Canada and Mexico signed a trade deal in Texas on Monday.", {"Canada", "Mexico"}),
    ("On 14 March 2016, the EU signed a visa waiver agreement with Chile, at a ceremony that took place in Brussels.",
     {"European Union", "Chile"}),
    ("Jordan and Egypt signed a gas deal on Monday, Michael Jordan said.", {"Jordan", "Egypt"}),
    # a body the signer acts through is no party; a Compact is an agreement, a Compact in an office's name is not
    ("Today, the United States, through the Millennium Challenge Corporation, signed an historic five-year Compact "
     "in excess of $110 million with the Republic of Cape Verde.", {"United States", "Cabo Verde"}),
    # "the two sides" after a deal between two are those two, not the story's most named countries
    ("On Saturday, the Sudanese government signed a ceasefire with the Sudan Liberation Movement. In August "
     "2006, the two sides agreed to a cessation of hostilities. Chad and Libya hosted the talks in Chad.",
     {"Sudan", "Sudan Liberation Movement"}),
]

NOT_AGREEMENTS = [
    # one still to come, and one that already binds the parties, are not made here
    "The leaders reaffirmed the enduring partnership between the UK and Australia during their discussion.",
    "The UK and Australia will tackle climate change together, including through a future Clean Tech Partnership.",
    # an existing agreement a new one copies, dated only by another clause
    "The delegation stressed that the new treaty replicates the existing European Union - Central America "
    "Association Agreement, and will ensure that trade continues when the UK ceases to be a member of the EU on 31 "
    "October.",
    # a goal agreed on, whose object names a body only as where one side will sit
    "The Vice President and President Akufo-Addo agreed to expand partnerships in the fight against climate "
    "change, including during Ghana’s upcoming tenure on the United Nations Security Council.",
    # a product bought is no company taken over: "F35A" is no party
    "The UK will purchase 12 new F35A fighter jets and join NATO's nuclear mission.",
    # a deal inside one country: the country that brokered it is no party
    "Zimbabwe's President Robert Mugabe and opposition leaders have signed a landmark power-sharing deal. "
    "South African President Thabo Mbeki brokered the agreement.",
    "Prime Minister Rishi Sunak and Prime Minister Fumio Kishida agreed on the importance of the G7 having a "
    "unified approach on China.",
    "Prime Minister Rishi Sunak and President Joe Biden agreed on the need to strengthen our alliance and "
    "maintain our support for Ukraine.",
    "Since the leaders last met in Washington, Britain and the United States have begun work on a UK-US "
    "Critical Minerals Agreement.",
    "Prime Minister Rishi Sunak and President Joe Biden discussed the declaration of a state of emergency.",
    # one still to be signed: after a time word, or "expected to be completed"
    "Uganda and Sudan will not end the war until the day after both sides sign a comprehensive peace deal, which "
    "is expected to be completed later this week.",
    "Uganda and Sudan said both sides signed nothing; a comprehensive peace deal is expected to be completed later "
    "this week.",
    "The rebels of the Moro Islamic Liberation Front called for a ceasefire in the south.",
    # a goal is no agreement made
    "It was only a bit over a year ago when we launched these free trade negotiations with the United Kingdom in June "
    "2020, but New Zealand was determined to secure an agreement that reflected the two countries’ relationship.",
    # a view of an agreement, and whom it serves, are no agreement between the speakers and them
    "The two leaders agreed that the Iran nuclear deal is a terrible deal for the United States, Israel, and the "
    "world.",
    # an approach agreed elsewhere, and agreements in general
    "They welcomed the approach agreed at the March European Council to provide continuity during the "
    "implementation period for international agreements, which could be swiftly transitioned into new bilateral "
    "agreements once the implementation period ends.",
]


@pytest.mark.parametrize(("sentence", "expected"), AGREEMENTS, ids=[r[0][:40] for r in AGREEMENTS])
def test_agreements_are_found_with_their_parties(tmp_path: Path, sentence: str,
                                                 expected: list[tuple[str, set[str]]]) -> None:
    found = facts(text_deck(sentence, tmp_path, "10.07.2023"), "agreement")
    for words, parties in expected:
        assert any(words in f["what"] and set(f["parties"]) == parties for f in found), found


@pytest.mark.parametrize("sentence", NOT_AGREEMENTS, ids=[s[:40] for s in NOT_AGREEMENTS])
def test_a_shared_view_or_work_begun_is_no_agreement(tmp_path: Path, sentence: str) -> None:
    assert facts(text_deck(sentence, tmp_path, "10.07.2023"), "agreement") == []


@pytest.mark.parametrize(("sentence", "parties"), PARTIES, ids=[r[0][:40] for r in PARTIES])
def test_parties_are_those_who_made_it(tmp_path: Path, sentence: str, parties: set[str]) -> None:
    found = facts(text_deck(sentence, tmp_path, "10.07.2023"), "agreement")
    assert found and all(set(f["parties"]) == parties for f in found), found
    assert not any("North American" in f["what"] for f in found), found


# A group of signatories the draft cannot list ("six world powers", "the nations of the EU") is marked for
# review, so "Iran and which country agreed ...?" is never asked with two right options.
GROUP_SIGNATORIES = [
    "Iran and six world powers have agreed to carry out an interim nuclear agreement reached in November. "
    "U.S. Secretary of State John Kerry welcomed the agreement with Iran.",
    "Today, leaders from the nations of the European Union signed the landmark Treaty of Lisbon in Portugal.",
    "Japan and EU member states signed an economic partnership agreement on Tuesday.",
]


@pytest.mark.parametrize("sentence", GROUP_SIGNATORIES, ids=[s[:40] for s in GROUP_SIGNATORIES])
def test_a_group_of_signatories_is_marked_for_review(tmp_path: Path, sentence: str) -> None:
    found = facts(text_deck(sentence, tmp_path, "10.07.2023"), "agreement")
    assert found and all("group of parties" in f.get("review", "") for f in found), found


def test_a_group_named_member_by_member_is_no_group(tmp_path: Path) -> None:
    found = facts(text_deck("The governments of the UK and Lithuania have signed a Joint Declaration in London.",
                            tmp_path, "23.05.2022"), "agreement")
    assert [(set(f["parties"]), f.get("review")) for f in found] == [({"United Kingdom", "Lithuania"}, None)], found


def test_an_agreement_named_again_by_another_bare_noun_is_the_same_one(tmp_path: Path) -> None:
    """Round 12: "signed an accord" and "to sign the agreement" between the same parties gave two agreements,
    and the set asked "The United States and which country ...?" and "India and which country ...?"."""
    text = ("The United States and India Friday signed an accord allowing U.S. firms to sell nuclear fuel to India. "
            "Rice had hoped to sign the agreement on a visit to New Delhi a week ago.")
    found = facts(text_deck(text, tmp_path, "10.10.2008"), "agreement")
    assert len(found) == 1 and set(found[0]["parties"]) == {"United States", "India"}, found
    assert not any(w in f["what"] for f in found for w in ("sign ", "signed ")), found


def test_an_agreement_s_name_ends_before_its_date(tmp_path: Path) -> None:
    found = facts(text_deck("The UK and Honduras signed the UK – Central America Association Agreement on 18 July.",
                            tmp_path, "01.10.2019"), "agreement")
    assert [f["what"] for f in found] == ["UK–Central America Association Agreement"], found


def test_an_agreement_referred_to_takes_no_date_from_the_sentence(tmp_path: Path) -> None:
    """"agreed to hold the first meeting ... in October to drive progress under the Atlantic Declaration": October
    is the meeting's; the declaration was announced the month before (round 1 asked it as agreed in October)."""
    text = ("The leaders discussed progress made since they announced the Atlantic Declaration last month. The Prime "
            "Minister and President Biden agreed to hold the first high level meeting between Number 10 and White "
            "House representatives in October to drive progress under the Atlantic Declaration.")
    found = facts(text_deck(text, tmp_path, "10.07.2023"), "agreement")
    assert not any(str(f.get("date", "")).startswith("2023-10") for f in found), found


# The date of an agreement is its own clause's, never a fronted adjunct's ("following a conversation ... last
# night" dates the conversation)
AGREEMENT_DATES = [
    ("I am delighted to announce today that following a conversation with Prime Minister Johnson last night, New "
     "Zealand and the United Kingdom have Agreed in Principle a historic free trade agreement.", "21.10.2021",
     "2021-10-21"),
    ("Japan and Australia signed a defence pact on Monday, after talks that began last year.", "21.10.2021",
     "2021-10-18"),
    # "since the signing of" a treaty is its signing; the year in its name is its date, not part of the name
    ("New Zealand and Samoa held talks. Mr Peters said the relationship had developed significantly since the signing "
     "of the 1962 Treaty of Friendship between the two countries.", "24.11.2006", "1962"),
    # a bracketed short form of the name is the same agreement, not another one nearer the date
    ("A Memorandum of Understanding (MoU) signed today (9 May 2025) between the United Kingdom and Switzerland will "
     "lay the groundwork for future services.", "09.05.2025", "2025-05-09"),
    # a ", and" with no verb before it joins the signatories, not two clauses
    ("In a signing ceremony today at the State Department, Chief Executive Officer of the Millennium Challenge "
     "Corporation, John Danilovich, and Lesotho's Foreign Minister Mohlabi Tsekoa signed a $363 million Compact.",
     "23.07.2007", "2007-07-23"),
]


@pytest.mark.parametrize(("sentence", "published", "iso"), AGREEMENT_DATES, ids=[r[0][:40] for r in AGREEMENT_DATES])
def test_an_agreement_is_dated_by_its_own_clause(tmp_path: Path, sentence: str, published: str, iso: str) -> None:
    found = facts(text_deck(sentence, tmp_path, published), "agreement")
    assert [str(f.get("date")) for f in found] == [iso], found


def test_a_year_in_an_agreement_s_name_is_its_date_not_its_name(tmp_path: Path) -> None:
    """"the 1962 Treaty of Friendship" asked "In what year did they sign the 1962 Treaty ...?" prints its answer."""
    text = ("New Zealand and Samoa held talks. The relationship has grown since the signing of the 1962 Treaty of "
            "Friendship between the two countries.")
    found = facts(text_deck(text, tmp_path, "24.11.2006"), "agreement")
    assert [(f["what"], str(f.get("date"))) for f in found] == [("Treaty of Friendship", "1962")], found


def test_for_whom_an_agreement_was_signed_is_no_part_of_its_name(tmp_path: Path) -> None:
    """Round 30: "signed the Memorandum for the United States and Deputy Chief ..." named the agreement
    "Memorandum for the United States and Deputy Chief"."""
    text = ("The United States and Micronesia signed a Memorandum of Understanding affirming their partnership. "
            "Carmen G. Cantor signed the Memorandum for the United States and Jackson T. Soram signed for Micronesia.")
    found = facts(text_deck(text, tmp_path, "10.02.2023"), "agreement")
    assert found and all(f["what"] == "Memorandum of Understanding" for f in found), found


def test_an_agreement_and_the_name_it_is_formally_known_by_are_one(tmp_path: Path) -> None:
    found = facts(text_deck("The Foreign Secretary today signed an agreement between the UK and Georgia. The deal – "
                            "formally known as the UK-Georgia Strategic Partnership and Cooperation Agreement – is the "
                            "first continuity trade agreement between the UK and an Eastern European country.",
                            tmp_path, "21.10.2019"), "agreement")
    assert len(found) == 1 and str(found[0]["date"]) == "2019-10-21", found
