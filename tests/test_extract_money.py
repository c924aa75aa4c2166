"""Money by behaviour: a sentence in, the amount and its currency out; a currency the text leaves open is
marked for review, never asked as settled. Through the public `extract_deck` entry.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from extracting import deck_of, facts, text_deck

CURRENCIES = [
    # (sentence, value, ISO code)
    ("New Zealand is contributing NZ$7 million to support communities in Ethiopia and Somalia.", 7_000_000, "NZD"),
    ("Australia will provide an additional $5 million package of humanitarian assistance to Indonesia.",
     5_000_000, "AUD"),
    ("Ukraine will receive $2.8 billion in additional military assistance.", 2_800_000_000, "USD"),
    ("Singapore pledged S$10 million to the fund.", 10_000_000, "SGD"),
    # a government's "$" is its country's dollar, and so is the bare "$" after it where no other country is named
    ("The Australian Government will provide an additional $5 million to the people of Vanuatu.", 5_000_000, "AUD"),
    ("The Australian Government will provide an additional $5 million to the people of Vanuatu. This support builds "
     "on the Australian Government's initial $2 million package.", 2_000_000, "AUD"),
    # the one country a sentence names as the gift's giver, by "aid from X" or "X's ... aid"
    ("Dozens died in Fiji. He announced an increase of $1.5 million in aid from New Zealand, bringing New Zealand’s "
     "post-cyclone aid to $4.7 million.", 4_700_000, "NZD"),
    # a sum in words, its scale always written
    ("The bank lent a million dollars to the farmers.", 1_000_000, "USD"),
    ("Japan pledged two billion yen in aid to the region.", 2_000_000_000, "JPY"),
]


def test_a_giver_s_dollar_is_not_another_country_s(tmp_path: Path) -> None:
    found = facts(text_deck("The Australian Government will provide an additional $5 million to Vanuatu. Japan's $3 "
                            "billion loan was approved.", tmp_path), "figure")
    assert [f["unit"] for f in found if f["value"] == 3_000_000_000] == ["USD"], found


def test_a_currency_word_in_a_name_is_no_sum(tmp_path: Path) -> None:
    found = facts(text_deck("A million Real fans came to the stadium.", tmp_path), "figure")
    assert not any(f["unit"] == "BRL" for f in found), found


@pytest.mark.parametrize(("sentence", "value", "code"), CURRENCIES, ids=[c[0][:40] for c in CURRENCIES])
def test_the_currency_is_the_one_the_text_gives(tmp_path: Path, sentence: str, value: int, code: str) -> None:
    found = facts(text_deck(sentence, tmp_path), "figure")
    assert any(f["value"] == value and f["unit"] == code and not f.get("review") for f in found), found


def test_a_bare_dollar_in_a_story_about_a_dollar_country_is_marked_for_review(tmp_path: Path) -> None:
    """VOA's "$123 billion" of China-Australia trade is US dollars, an Australian release's "$500,000" is
    not: the text alone cannot tell, so the reviewer is asked."""
    found = facts(text_deck("China is Australia's biggest trading partner. Two-way trade between the two nations "
                            "amounts to over $123 billion annually.", tmp_path), "figure")
    assert found and all("check the unit" in f.get("review", "") for f in found), found


def test_a_bare_dollar_in_a_story_about_one_dollar_country_is_its_dollar(tmp_path: Path) -> None:
    """An Australian release about Australia alone ("Australia", "Australian", "the nation's") writes its own
    dollars; the record it beats is the record for what the sentence measures."""
    found = facts(text_deck("Australia registered a record trade surplus in May. The May trade surplus reached "
                            "$5.7 billion, surpassing the previous monthly record of $5.4 billion, according to the "
                            "Australian Bureau of Statistics. Australian exporters are strong.", tmp_path,
                            "03.07.2019"), "figure")
    got = {(f["value"], f["unit"], f["what"]) for f in found if not f.get("review")}
    assert (5_700_000_000, "AUD", "the May trade surplus") in got, found
    assert (5_400_000_000, "AUD", "previous monthly record for the trade surplus") in got, found


@pytest.mark.parametrize(("sentence", "value"), [
    ("Among the guests were twenty seven other heads of state and government.", 27),
    ("Twenty-five countries signed the pact.", 25),
])
def test_compound_number_words_count_whole(tmp_path: Path, sentence: str, value: int) -> None:
    assert any(f["value"] == value for f in facts(text_deck(sentence, tmp_path), "figure"))


def test_a_sum_only_the_headline_states_is_a_figure_quoting_the_headline(tmp_path: Path) -> None:
    from quizgen.cli import main

    art = tmp_path / "a.txt"
    art.write_text("$2.8 Billion in Additional U.S. Military Assistance for Ukraine and Its Neighbors\n\n"
                   "Published: 2022-09-08\n\nThis $675 million drawdown includes additional arms. We are also "
                   "notifying Congress of a further $2.2 billion in long-term investments.\n", encoding="utf-8")
    assert main(["extract", str(art), "-o", str(tmp_path / "d.yaml")]) == 0
    import yaml

    deck = yaml.safe_load((tmp_path / "d.yaml").read_text(encoding="utf-8"))
    headline = [f for f in deck["facts"] if f["kind"] == "figure" and f["value"] == 2_800_000_000]
    assert headline and headline[0]["sources"][0]["quote"].startswith("$2.8 Billion in Additional")
    assert main(["check", str(tmp_path / "d.yaml")]) == 0  # the quote is found word for word


# What a figure measures is a whole phrase or the sentence with a gap; never a clause cut at the figure
CUT_CLAUSES = [
    ("The Malawian election commission had earlier reported that wa Mutharika had won the election, having taken "
     "2.7 million votes, more than twice than the 1.3 million votes received by the second place contestant.",
     2_700_000),
    # a count that is a preposition's object: "... on of bilateral relations" is no description
    ("The governments of the UK and Lithuania have signed a Joint Declaration in London on 100 years of bilateral "
     "relations.", 100),
]


@pytest.mark.parametrize(("sentence", "value"), CUT_CLAUSES, ids=[s[:40] for s, _ in CUT_CLAUSES])
def test_what_a_figure_measures_is_never_a_clause_cut_at_the_figure(tmp_path: Path, sentence: str,
                                                                    value: int) -> None:
    found = [f for f in facts(text_deck(sentence, tmp_path, "22.05.2009"), "figure") if f["value"] == value]
    assert found, found
    assert all("…" in f["what"] or not re.search(r"\b(?:having|being)\s\w+$|\b(?:on|in|at|to)\sof\b", f["what"])
               for f in found), found



def test_a_joint_statement_s_our_is_the_pair_s(tmp_path: Path) -> None:
    """Round 12: "recognizing that our economies together represent approximately 30 percent" was asked of
    no one; in a joint statement of two leaders, "our economies" are their two countries'."""
    sentence = ("On the occasion of our Summit Meeting in New York on September 26, 2018, we, President Donald J. "
                "Trump and Prime Minister Shinzo Abe, affirmed the importance of a strong trade relationship between "
                "the United States and Japan, recognizing that our economies together represent approximately 30 "
                "percent of global Gross Domestic Product.")
    found = [f for f in facts(text_deck(sentence, tmp_path, "26.09.2018"), "figure") if f["value"] == 30]
    assert found and all("economies of" in f["what"] and "our " not in f["what"].lower() for f in found), found



# A part of a counted whole is a figure of its own, beside the whole
PARTS = [
    ("Citing Nepali government sources, the United Nations said 35 of the country's 75 districts are affected.",
     {35, 75}),
    ("Chega, led by André Ventura, won 18.1 percent and 48 of the 230 seats in parliament.", {48, 230}),
]

def test_a_list_s_last_item_starts_no_clause(tmp_path: Path) -> None:
    """Round 34: "fair, open, and transparent, the United States invited ..." was asked from "Transparent,"."""
    found = facts(text_deck("In recognition of Ecuador's commitment to make its public procurement practices more "
                            "fair, open, and transparent, the United States invited Ecuador to be one of just 16 "
                            "global partners in the Global Procurement Initiative.", tmp_path), "figure")
    assert found and all(not f["what"].startswith("Transparent") for f in found), found


# A part of a whole said by what it is counts what it is ("people"), written as the article writes the number
PART_OF_WHAT = [
    ("The UK will support around 1 million of the most vulnerable people across the Sahel.", 1_000_000, "people",
     "around 1 million", "number of people the UK will support across the Sahel"),
    ("The UK will support 5,000 of the poorest families.", 5000, "families", "5,000",
     "number of families the UK will support"),
    # a toll that has passed a number is more than it
    ("The death toll from the earthquake has passed 30,000.", 30_000, "deaths", "more than 30,000",
     "death toll from the earthquake"),
]


@pytest.mark.parametrize(("sentence", "value", "unit", "text", "what"), PART_OF_WHAT,
                         ids=[r[0][:40] for r in PART_OF_WHAT])
def test_a_part_said_by_what_it_is_counts_that(tmp_path: Path, sentence: str, value: int, unit: str, text: str,
                                               what: str) -> None:
    found = [(f["value"], f["unit"], f["text"], f["what"]) for f in facts(text_deck(sentence, tmp_path), "figure")]
    assert (value, unit, text, what) in found, found


@pytest.mark.parametrize(("sentence", "values"), PARTS, ids=[s[:40] for s, _ in PARTS])
def test_a_part_of_a_counted_whole_is_a_figure_too(tmp_path: Path, sentence: str, values: set[int]) -> None:
    """Round 13: "35 of the country's 75 districts" was asked with the 75 as the gap, the 35 never."""
    found = {f["value"] for f in facts(text_deck(sentence, tmp_path, "26.04.2015"), "figure")}
    assert values <= found, found


# An earthquake's magnitude, however written
MAGNITUDES = [
    ("The 7.8 magnitude quake struck 80 kilometers northwest of Kathmandu on Saturday.", 7.8, "earthquake"),
    ("Sunday's magnitude-6.7 aftershock shook the area.", 6.7, "aftershock"),
    ("A magnitude 6.2 earthquake hit central Italy.", 6.2, "earthquake"),
    # where it struck, when the sentence says so in a relative clause (its time and day are no part of it)
    ("USAID provided $300,000 immediately following the 7.6 magnitude earthquake that struck the Indonesian island "
     "of Sumatra at 5:15 PM local time on September 30, 2009.", 7.6,
     "earthquake that struck the Indonesian island of Sumatra"),
]


@pytest.mark.parametrize(("sentence", "value", "what"), MAGNITUDES, ids=[s[:40] for s, _, _ in MAGNITUDES])
def test_an_earthquake_s_magnitude_is_a_figure(tmp_path: Path, sentence: str, value: float, what: str) -> None:
    """Round 13: the Nepal earthquake's magnitude (7.8, against the 6.7 aftershock) was never asked."""
    found = [f for f in facts(text_deck(sentence, tmp_path, "26.04.2015"), "figure") if f["unit"] == "magnitude"]
    assert [(f["value"], f["what"]) for f in found] == [(value, f"magnitude of the {what}")], found



# What a sum or a share measures, from the words around it (never a relative pronoun left dangling, never a
# headline's summary line when the body says it in full).
WHATS = [
    ("The No campaigners, who achieved 17% of the vote, were eager to point out the low turnout.", 17,
     "share of the vote the No campaigners achieved"),
    ("In a joint press conference this afternoon, he confirmed £485 million of investment into UK defence, clean "
     "growth and innovation by two major Italian companies.", 485_000_000,
     "amount of investment into UK defence, clean growth and innovation by two major Italian companies"),
    ("Vietnam signed deals with Japan worth $3 billion.", 3_000_000_000,
     "value of the deals Vietnam signed with Japan"),
    # a sum written before an agreement is what the agreement is worth
    ("The chief executive joined the Prime Minister, Wednesday, in signing the $125 million Belize Compact.",
     125_000_000, "value of the Belize Compact"),
    ("The World Bank approved a $50 million loan to Kenya on Monday.", 50_000_000, "value of the loan to Kenya"),
    ("The UK, in its biggest ever export deal, will supply Norway with frigates in the deal worth £10 billion "
     "announced today.", 10_000_000_000, "value of the deal in which the UK will supply Norway with frigates"),
    # an election's shares and votes belong to the winner (the sentence's subject) or the relative clause's name
    ("Ma Ying-jeou, former Mayor of Taipei, has been elected President with a landslide victory of 58.45% of the "
     "popular vote (7,658,724 votes).", 58.45, "share of the popular vote won by Ma Ying-jeou"),
    ("Ma Ying-jeou, former Mayor of Taipei, has been elected President with a landslide victory of 58.45% of the "
     "popular vote (7,658,724 votes).", 7_658_724, "number of votes won by Ma Ying-jeou"),
    ("He defeated his opponent, Frank Hsieh, who received 41.55% of the popular vote.", 41.55,
     "share of the popular vote Frank Hsieh received"),
    # the day after a reporting verb is the saying's, no part of the winner's name
    ("The chairman of the electoral commission, Issaka Souna, said Tuesday Bazoum, who represents the party of "
     "Democracy and Socialism, won with just under 56% of the vote.", 56, "share of the vote with which Bazoum won"),
    ("After reading the results of the other six candidates, who made up only 3 percent of votes, he declared "
     "the winner.", 3, "share of votes the other six candidates made up"),
    ("Officials, dignitaries, and some 60,000 spectators looked on as the President took the oath.", 60_000,
     "number of spectators that looked on as the President took the oath"),
    # an area, and a claim says whose it is
    ("India charges that since the 1950s, China has illegally occupied 38-thousand square kilometers of territory "
     "in Kashmir that should belong to India.", 38_000,
     "area of territory in Kashmir China has illegally occupied, according to India"),
    ("The UK and the US have one of the biggest trading relationships of any two countries in the world, worth "
     "around 400 billion dollars.", 400_000_000_000, "value of the trading relationship between the UK and the US"),
    # a one-word name is written out, never a month that is also a surname ("May" of Theresa May)
    ("Prime Minister Theresa May said the trade surplus in May reached £5 billion.", 5_000_000_000,
     "amount the trade surplus in May reached"),
    # a distance from a place, and its conversion in brackets the same
    ("The epicenter was registered 95 kilometres (59 miles) north-east of Rome.", 95,
     "distance of the epicenter from Rome"),
    ("The epicenter was registered 95 kilometres (59 miles) north-east of Rome.", 59,
     "distance of the epicenter from Rome"),
    ("The epicenter was registered 95 kilometres (60 miles) Northeast of Italy's capital of Rome.", 95,
     "distance of the epicenter from Rome"),
    # a second clause with its own subject, or a second verb, is no part of what is counted
    ("At least 150 people have been killed in the region and officials say the death toll is likely to rise.", 150,
     "people killed in the region"),
    ("The UK will purchase 12 new F35A fighter jets and join NATO's nuclear mission.", 12,
     "number of new F35A fighter jets the UK will purchase"),
    # a dateline and its dash are no part of what is measured
    ("TEGUCIGALPA, M.D.C. – Since October 15, the U.S. Government has provided US$ 190,000 in assistance to "
     "flood victims.", 190_000, "amount of assistance the U.S. Government has provided to flood victims"),
    # an aftershock's magnitude is not the earthquake's
    ("At least nine aftershocks, with the highest being a magnitude 4.8, have shaken the area.", 4.8,
     "magnitude of the strongest aftershock"),
    ("£10 billion boost to UK economy is expected, delivering on the plan.\n\nThe UK will supply Norway with "
     "frigates in the deal worth £10 billion announced today.", 10_000_000_000,
     "value of the deal in which the UK will supply Norway with frigates"),
    ("Seventy-three years ago Quetta was almost completely destroyed in an earthquake, and death toll was about "
     "35,000 people.", 35_000, "death toll"),
    # a distance in its short unit; people counted by a participle alone
    ("The magnitude 6.4 quake struck approximately 70km north of Quetta at 04:09 local time.", 70,
     "distance of the quake from Quetta"),
    ("More than 160 people have been reported killed so far, with at least 200 injured.", 200, "people injured"),
    # a list after the unit is counted whole ("... deliver of rice" was false)
    ("The new funding, provided to the World Food Programme, will help deliver approximately 2,500 metric tons of "
     "rice, peas, and vegetable oil to affected people in Sofala.", 2_500,
     "number of metric tons of rice, peas, and vegetable oil the new funding will help deliver"),
    # each candidate's own count of votes
    ("The commission said Akufo-Addo won 6.7 million votes -- 51.6 percent of the total -- while Mahama garnered 6.2 "
     "million votes, or 47.4 percent.", 6_200_000, "number of votes won by Mahama"),
    ("The commission said Akufo-Addo won 6.7 million votes -- 51.6 percent of the total -- while Mahama garnered 6.2 "
     "million votes, or 47.4 percent.", 6_700_000, "number of votes won by Akufo-Addo"),
    # an election's winner's share, the votes cast and the turnout they make
    ("Mahmoud Ahmadinejad, Tehran's hardline conservative mayor, has won the Iranian presidential election with a "
     "landslide of 61.8%, according to Iran's Interior Ministry.", 61.8,
     "share of the vote won by Mahmoud Ahmadinejad"),
    ("An estimated 23 million votes were cast -- making voter turnout nearly 49 per cent.", 23_000_000,
     "number of votes cast"),
    ("An estimated 23 million votes were cast -- making voter turnout nearly 49 per cent.", 49, "voter turnout"),
    # trade worth a sum is the value of what was traded
    ("In 2018, Honduras exported goods and services to the UK worth US$161 million mostly composed of coffee.",
     161_000_000, "value of goods and services Honduras exported to the UK"),
    ("The main imports from the UK consisted of industrial products, machinery, vehicles and spiritual beverages "
     "worth US$4 million.", 4_000_000, "value of the main imports from the UK"),
    # seats won are the winner's, the whole's number said or not
    ("The PNP won 41 or two-thirds of the House of Representative seats, taking over power from the JLP.", 41,
     "seats won by the PNP"),
    ("Labour won 72 of the 151 seats.", 72, "seats won by Labour"),
    # a level "today stands at" is its subject's, past a participle's aside and a coordinated verb
    ("Australian investment in PNG, including through participation in the landmark PNG LNG project, has grown "
     "five-fold in five years and today stands at more than $19 billion.", 19_000_000_000,
     "Australian investment in PNG"),
    ("Two-way trade today stands at more than $7 billion.", 7_000_000_000, "Two-way trade"),
    # a candidate's share, whatever frame (and day) reports it
    ("Election officials announced Friday that Mr. Jammeh had won with 72 percent of the vote.", 72,
     "share of the vote won by Jammeh"),
    ("Election officials said Mahama took 47.4 percent of the vote.", 47.4, "share of the vote won by Mahama"),
    # what the money is and what was done with it; when is no part of what
    ("Together they discussed significant U.S. economic investment in Angola, including through the President’s "
     "flagship Partnership for Global Infrastructure and Investment (PGI) in the Lobito Corridor with over a billion "
     "dollars in U.S. financing committed this year alone.", 1_000_000_000, "amount of U.S. financing committed"),
    ("Japan pledged $2 billion in aid on Monday.", 2_000_000_000, "amount of aid Japan pledged"),
    # a sum that is a thing ("a ... disbursement"), and what the subject means to do ("as well as the intent to")
    ("As a part of the visit, the President announced a $13.5 million disbursement from the U.S. International "
     "Development Finance Corporation to support microfinance loans through Ecuador, as well as the intent to provide "
     "$5 million from USAID in support of President Lasso's initiative.", 13_500_000,
     "amount of the disbursement from the U.S. International Development Finance Corporation the President announced"),
    ("As a part of the visit, the President announced a $13.5 million disbursement from the U.S. International "
     "Development Finance Corporation to support microfinance loans through Ecuador, as well as the intent to provide "
     "$5 million from USAID in support of President Lasso's initiative.", 5_000_000,
     "amount the President intends to provide from USAID in support of President Lasso's initiative"),
    ("This support builds on the Australian Government's initial $2 million package.", 2_000_000,
     "amount of the Australian Government's initial package"),
    # words saying what kind of thing, a further one, who gives it before whom it is for, a purpose after it
    ("The UK is providing a further £5 million UK aid package for Dominica.", 5_000_000,
     "amount of the further UK aid package for Dominica the UK is providing"),
    ("Kerry said the U.S. was launching a $6 million program to help provide meals in schools across Laos.",
     6_000_000, "amount of the program the U.S. was launching to help provide meals in schools across Laos"),
    # a sum announced "in" what it is; a spelt-out body said by its short name
    ("Today, U.S. Agency for International Development (USAID) Administrator Mark Green announced $1 million in "
     "additional humanitarian assistance to help people in The Bahamas.", 1_000_000,
     "amount of additional humanitarian assistance USAID Administrator Mark Green announced to help people in The "
     "Bahamas"),
    # a verb whose subject is the sentence's ("..., but has run for the presidency four times")
    ("Buhari was toppled by another military coup, but has run for the presidency four times since democracy was "
     "restored in Nigeria in 1999.", 4, "number of times Buhari has run for the presidency since democracy was "
     "restored in Nigeria"),
    # an aside of means between the subject and its verb
    ("Today, USAID Deputy Administrator Isobel Coleman announced the United States, through the U.S. Agency for "
     "International Development (USAID), is providing an additional $56.5 million for the people of Haiti.",
     56_500_000, "amount the United States is providing for the people of Haiti"),
    ("The country’s electoral commission said Thursday that Weah won 61.5 percent of the total vote and won 14 out "
     "of Liberia’s 15 counties.", 61.5, "share of the total vote won by Weah"),
    # a change in something, and the total it brings a measure to (a possessive is part of the measure)
    ("He announced an increase of $1.5 million in aid from New Zealand, bringing New Zealand’s post-cyclone aid to "
     "$4.7 million.", 1_500_000, "increase in aid from New Zealand"),
    ("He announced an increase of $1.5 million in aid from New Zealand, bringing New Zealand’s post-cyclone aid to "
     "$4.7 million.", 4_700_000, "New Zealand’s post-cyclone aid"),
    # a measure the figure is "of", whatever points to it
    ("32.2 million valid votes have been cast across the UK – this represents a turnout of 69% of the electorate, up "
     "from 66% in 2015.", 69, "turnout"),
    ("The country recorded an unemployment rate of 5.1% in May.", 5.1, "unemployment rate"),
    # a party's share said without "of the vote"; seats a party won, however the sentence frames the winning
    ("Pohamba won 76.4% of the vote in the presidential ballots; meanwhile, SWAPO obtained 75.27% in the "
     "parliamentary polls.", 75.27, "share of the vote in the parliamentary polls won by SWAPO"),
    ("The Rally for Democracy and Progress (RDP) party came in a distant second at 11.31%.", 11.31,
     "share of the vote won by the Rally for Democracy and Progress (RDP) party"),
    ("SWAPO won 54 out of 72 seats in the National Assembly.", 54, "seats won by SWAPO"),
    ("With about 99% of all votes counted, Fidesz is projected to have won 263 seats in the 386-seat parliament.", 263,
     "seats won by Fidesz"),
    ("The incumbent Socialists placed a distant second, obtaining 59 seats, while the far-right Jobbik took 47 seats.",
     59, "seats won by the incumbent Socialists"),
    # a lead of means is no part of who did it
    ("With this new funding, USAID has provided $11.2 million to BiH in COVID relief assistance since the onset of the "
     "pandemic.", 11_200_000, "amount USAID has provided to BiH in COVID relief assistance since the onset of the "
                              "pandemic"),
    # a death toll counts the dead, with no noun after the number
    ("As the death toll for the recent earthquake in Asia has passed 30,000, countries around the world are beginning "
     "to send aid.", 30_000, "death toll for the recent earthquake in Asia"),
    ("The death toll has risen to 1,200.", 1_200, "death toll"),
    # a party's "The" is lower-case mid-phrase; "an initial" sum is the sum
    ("The Conservatives got 43.4% of the vote in Great Britain, up by 5.8% compared with 2015.", 43.4,
     "share of the vote in Great Britain won by the Conservatives"),
    ("Australia will provide an initial $675,000 to assist Kiribati respond to the country’s severe drought.", 675_000,
     "amount Australia will provide to assist Kiribati respond to the country’s severe drought"),
    ("Official results showed that Bassirou Diomaye Faye, the nation’s president-elect won the March 24 elections "
     "with 54.28 percent of votes in the first round.", 54.28,
     "share of votes in the first round won by Bassirou Diomaye Faye"),
]

# Either end of a range states half of what the article says: neither is a figure on its own
RANGE_ENDS = [
    ("A three-day celebration costing around US$40-50 million has been organized for the President.",
     {40, 40_000_000, 50_000_000}),
    ("Inflation was 2-3% last year.", {2, 3}),
    ("Estimates run between $100bn and $580bn.", {100_000_000_000, 580_000_000_000}),
]


@pytest.mark.parametrize(("text", "values"), RANGE_ENDS, ids=[r[0][:40] for r in RANGE_ENDS])
def test_no_end_of_a_range_is_a_figure(tmp_path: Path, text: str, values: set[float]) -> None:
    found = {f["value"] for f in facts(text_deck(text, tmp_path, "16.09.2024"), "figure")}
    assert not found & values, found


@pytest.mark.parametrize(("text", "value", "what"), WHATS, ids=[r[0][:40] for r in WHATS])
def test_what_a_figure_measures(tmp_path: Path, text: str, value: int, what: str) -> None:
    found = [f for f in facts(text_deck(text, tmp_path, "16.09.2024"), "figure") if f["value"] == value]
    assert [f["what"] for f in found] == [what], found


def test_trade_between_us_is_the_headline_pair_s(tmp_path: Path) -> None:
    art = tmp_path / "release.txt"
    art.write_text("Italian investment into the UK\n\nPublished: 2024-09-16\n\nItaly is one of the UK's top ten "
                   "trading partners, with annual bilateral trade between us worth £50 billion.\n", encoding="utf-8")
    found = [f["what"] for f in facts(deck_of(art, tmp_path), "figure")]
    assert found == ["value of annual bilateral trade between Italy and the United Kingdom"], found


def test_a_rank_band_or_the_pair_itself_is_not_a_figure(tmp_path: Path) -> None:
    found = facts(text_deck("Italy is one of the UK's top ten trading partners and a top-5 investor, the closest "
                            "of any two countries, with one in five firms trading, three years after the war.",
                            tmp_path, "16.09.2024"), "figure")
    assert not found, found


# A count of a pronoun is no figure ("others than whom?"); a relative pronoun is never what is counted
NOT_COUNTED_AS_SAID = [
    ("Five people died. Nineteen others have been injured.", 19),
    ("The police recorded 61 incidents nationwide, six which involved gunshots, resulting in five deaths.", 6),
]


@pytest.mark.parametrize(("text", "value"), NOT_COUNTED_AS_SAID, ids=[r[0][:40] for r in NOT_COUNTED_AS_SAID])
def test_a_pronoun_is_never_what_is_counted(tmp_path: Path, text: str, value: int) -> None:
    found = [f for f in facts(text_deck(text, tmp_path, "09.12.2020"), "figure") if f["value"] == value]
    assert not any(f["unit"] in ("others", "more") or re.match(r"(?:number of )?(?:which|who|that)\b", f["what"])
                   for f in found), found


# a time of day on the 24-hour clock counts nothing
@pytest.mark.parametrize("sentence", [
    "At 0600 hours local time (0300 GMT) government soldiers returned to their barracks.",
    "The curfew starts at 2200 hrs and ends at 0500 hrs.",
])
def test_a_24_hour_clock_time_is_no_figure(tmp_path: Path, sentence: str) -> None:
    assert facts(text_deck(sentence, tmp_path), "figure") == []


# A decimal comma is a decimal point ("53,7%" is 53.7); a thousands comma has three digits after it
DECIMAL_COMMAS = [
    ("Lech Kaczyński won the run-off with 53,7% of the vote, while Donald Tusk got 46,3%.", {53.7, 46.3}, {7, 3}),
    ("Exports rose 3,500% last year.", {3500}, {3.5}),
]


@pytest.mark.parametrize(("text", "values", "never"), DECIMAL_COMMAS, ids=[r[0][:40] for r in DECIMAL_COMMAS])
def test_a_decimal_comma_is_a_decimal_point(tmp_path: Path, text: str, values: set[float], never: set[float]) -> None:
    found = {f["value"] for f in facts(text_deck(text, tmp_path, "23.10.2005"), "figure")}
    assert values <= found and not never & found, found
