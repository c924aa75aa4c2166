"""Leader extraction by behaviour: a sentence in, the people with their offices out.

One row per phrasing, through the public `extract_deck` entry; add a row for a new phrasing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extracting import deck_of, facts, text_deck

LEADERS = [
    # (sentence, [(name, role, of or None)])
    ("President Joseph R. Biden, Jr. met today with Prime Minister Keir Starmer of the United Kingdom at the "
     "White House.", [("Joseph R. Biden", "President", None), ("Keir Starmer", "Prime Minister", "United Kingdom")]),
    ("Prime Minister Boris Johnson met President Trump of the United States of America at Downing Street.",
     [("Boris Johnson", "Prime Minister", None), ("Trump", "President", "United States")]),
    ("President Joe Biden welcomed Chancellor Olaf Scholz of Germany to the White House today.",
     [("Olaf Scholz", "Chancellor", "Germany")]),
    ("Secretary of the Treasury Janet L. Yellen today met with Premier of the People’s Republic of China Li Qiang.",
     [("Janet L. Yellen", "Secretary of the Treasury", None), ("Li Qiang", "Premier", "China")]),
    ("Yellen had dinner with Vice Premier of the People’s Republic of China He Lifeng to build ties.",
     [("He Lifeng", "Vice Premier", "China")]),
    ("The President and Prime Minister Yacouba Isaac Zida were detained by the presidential guards.",
     [("Yacouba Isaac Zida", "Prime Minister", None)]),
    # a courtesy title between office and name; an unknown "of" after a minister is the portfolio
    ("U.S. Commerce Secretary Gary Locke signed a Memorandum of Understanding with Korea’s Minister of Knowledge "
     "Economy Mr. Lee Youn Ho at the Commerce Department today.",
     [("Gary Locke", "Commerce Secretary", "United States"),
      ("Lee Youn Ho", "Minister of Knowledge Economy", "South Korea")]),
    ("The Prime Minister of the United Kingdom Keir Starmer and the President of the European Council António "
     "Costa met in Downing Street this afternoon.",
     [("Keir Starmer", "Prime Minister", "United Kingdom"),
      ("António Costa", "President of the European Council", None)]),
    # an office after a comma ("The President of France, Nicolas Sarkozy said"), an office with its body
    # a province before its country is whose premier; a compound title stays whole; a body ends before "and NAME,"
    ("Following speculation from the media, Quebec, Canada premier Jean Charest has called a provincial election.",
     [("Jean Charest", "Premier", "Quebec")]),
    ("Ontario Premier Doug Ford met Lieutenant Governor Edith Dumont.",
     [("Doug Ford", "Premier", "Ontario"), ("Edith Dumont", "Lieutenant Governor", None)]),
    ("At the summit, the EU is represented by Jean-Claude Juncker, President of the European Commission and Donald "
     "Tusk, President of the European Council.",
     [("Jean-Claude Juncker", "President of the European Commission", None),
      ("Donald Tusk", "President of the European Council", None)]),
    # a joint statement of the pair's two leaders: a well-known leader's country, and the other's by elimination
    ("On the occasion of our Summit Meeting in New York on September 26, 2018, we, President Donald J. Trump and "
     "Prime Minister Shinzo Abe, affirmed the importance of a strong trade relationship between the United "
     "States and Japan, recognizing that our economies together represent approximately 30 percent of global "
     "Gross Domestic Product.",
     [("Donald J. Trump", "President", "United States"), ("Shinzo Abe", "Prime Minister", "Japan")]),
    # "of COUNTRY" after the name, before any lower-case word
    ("The Prime Minister met Prime Minister Jonas Gahr Støre of Norway this afternoon onboard a coastguard vessel.",
     [("Jonas Gahr Støre", "Prime Minister", "Norway")]),
    # a monarch's style and office are no part of the name
    ("In welcoming Her Excellency, we also honour Her Majesty Queen Elizabeth II, the Queen of Canada.",
     [("Elizabeth II", "Queen", "Canada")]),
    ("The President of France, Nicolas Sarkozy said to reporters that Europe was blocked.",
     [("Nicolas Sarkozy", "President", "France")]),
    ("The opinions varied, with Venezuelan President, Hugo Chavez condemning the document.",
     [("Hugo Chavez", "President", "Venezuela")]),
    ("The executive secretary of the Economic Community of West African States, Mohammad Ibn Chambas, says it "
     "is important.", [("Mohammad Ibn Chambas", "Executive Secretary", "ECOWAS")]),
    ("Simon Stiell, executive secretary of UN Climate Change, said the money was a start.",
     [("Simon Stiell", "Executive Secretary", "UN Climate Change")]),
    # a release's byline (a heading line), on one line or two, with its styles and post-nominals
    ("The Hon Scott Morrison MP, Prime Minister\nSenator the Hon. Marise Payne, Minister for Foreign Affairs\n\n"
     "Australia will provide an additional package of humanitarian assistance.",
     [("Scott Morrison", "Prime Minister", None), ("Marise Payne", "Minister for Foreign Affairs", None)]),
    ("Rt Hon Winston Peters\nMinister of Foreign Affairs\n\nNew Zealand is contributing NZ$7 million, Foreign "
     "Minister Rt Hon Winston Peters announced today.", [("Winston Peters", "Minister of Foreign Affairs", None)]),
    # a release's attribution line: the office, then the styled name ("Senator the Hon", "the Hon ... MP")
    ("Quote attributable to Minister for Foreign Affairs, Senator the Hon Penny Wong:",
     [("Penny Wong", "Minister for Foreign Affairs", None)]),
    ("Quote attributable to Minister for International Development and the Pacific, the Hon Pat Conroy MP:",
     [("Pat Conroy", "Minister for International Development and the Pacific", None)]),
    ("Minister for Foreign Affairs Senator Penny Wong visited Fiji on Monday.",
     [("Penny Wong", "Minister for Foreign Affairs", None)]),
    ("U.S. Senator Bernie Sanders said no.", [("Bernie Sanders", "Senator", "United States")]),
    # who holds an office now, named after it; another spelling of a title
    ("Final results from Namibian presidential and parliamentary elections have indicated that the incumbent "
     "president, Hifikepunye Pohamba, has been reelected by a large margin.",
     [("Hifikepunye Pohamba", "President", None)]),
    ("Hungarian prime-minister elect Viktor Orban commented on his victory in a speech.",
     [("Viktor Orban", "Prime Minister-elect", "Hungary")]),
    ("Hungarian Prime Minister-elect Viktor Orbán commented on his victory.",
     [("Viktor Orbán", "Prime Minister-elect", "Hungary")]),
    # a bare courtesy title gives way to the office after the name; "CEO" is "Chief Executive Officer"; whom a post
    # serves is part of it
    ("Ambassador John Danilovich, CEO of the Millennium Challenge Corporation and Eduardo Zablah, Technical Secretary "
     "to the Presidency of El Salvador signed the Compact.",
     [("John Danilovich", "Chief Executive Officer", "Millennium Challenge Corporation"),
      ("Eduardo Zablah", "Technical Secretary to the Presidency", "El Salvador")]),
    # a body's or mission's officers; a body written with a dotted abbreviation and its acronym in brackets
    ("The ceremony was attended by officials, who witnessed the signing by USAID Program Office Director Savannah "
     "ThomasArrigo and UNICEF Representative Rownak Khan.", [("Rownak Khan", "Representative", "UNICEF")]),
    ("Mission Director for the U.S. Agency for International Development (USAID) Jennifer Adams signed.",
     [("Jennifer Adams", "Mission Director", "U.S. Agency for International Development")]),
    ("The project launched at a ceremony attended by U.S. Embassy Deputy Chief of Mission Deborah Mennuti and United "
     "Nations Resident Coordinator Ingrid Macdonald.",
     [("Ingrid Macdonald", "Resident Coordinator", "United Nations")]),
    # a portfolio listed with commas, a country by its official name, a style between the country and the name
    ("The Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom and Northern "
     "Ireland, the Rt Hon James Cleverly MP, and the Foreign Minister of the State of Kuwait His Excellency Sheikh "
     "Salem Abdullah Al-Jaber Al-Sabah, held the inaugural UK-Kuwait Strategic Dialogue in London on 20 March 2023.",
     [("James Cleverly", "Foreign Secretary", "United Kingdom"),
      ("Sheikh Salem Abdullah Al-Jaber Al-Sabah", "Foreign Minister", "Kuwait")]),
    # a release's byline, the office first
    ("Minister for Foreign Affairs, the Hon Julie Bishop MP\n\nMinister for International Development and the "
     "Pacific, Senator the Hon Concetta Fierravanti-Wells\n\nAustralia will provide additional assistance.",
     [("Julie Bishop", "Minister for Foreign Affairs", None),
      ("Concetta Fierravanti-Wells", "Minister for International Development and the Pacific", None)]),
    ("President Trump and Prime Minister Johnson directed United States Director of the National Economic Council "
     "Larry Kudlow and United Kingdom Cabinet Secretary Mark Sedwill to launch a group.",
     [("Larry Kudlow", "Director", "National Economic Council"), ("Mark Sedwill", "Cabinet Secretary",
                                                                   "United Kingdom")]),
    ("The accords were signed by President Petro Poroshenko of Ukraine, Prime Minister Irakli Garibashvili of Georgia "
     "and Prime Minister Iurie Leanca of the Republic of Moldova.", [("Iurie Leanca", "Prime Minister", "Moldova")]),
    # a counterpart named with no office of their own holds the same office abroad
    ("Foreign Secretary Liz Truss and her Lithuanian counterpart Gabrielius Landsbergis today agreed to greater "
     "cooperation.", [("Liz Truss", "Foreign Secretary", None), ("Gabrielius Landsbergis", "Foreign Minister",
                                                                  "Lithuania")]),
    ("Prime Minister Keir Starmer met his Indian counterpart Narendra Modi in London.",
     [("Narendra Modi", "Prime Minister", "India")]),
    ("Defence Secretary John Healey met his German counterpart, Defence Minister Boris Pistorius, in Berlin.",
     [("Boris Pistorius", "Defence Minister", "Germany")]),
    # a portfolio after "for"; a surname that is elsewhere a direction or a month
    ("It comes as UK Minister for the Indo-Pacific, Catherine West, this afternoon visited the offices.",
     [("Catherine West", "Minister for the Indo-Pacific", "United Kingdom")]),
    ("Prime Minister Theresa May said Britain would leave.", [("Theresa May", "Prime Minister", None)]),
    ("Agriculture and rural development Commissioner Janusz Wojciechowski said so.",
     [("Janusz Wojciechowski", "Agriculture and Rural Development Commissioner", None)]),
    ("Mr. Zuma was fired in 2005 by then President Mbeki following the conviction.",
     [("Mbeki", "then President", None)]),
    # a particle inside a name; a country described; an adjective before an appositive office; a courtesy
    # title after the comma; a judge
    ("Bingu wa Mutharika, the president of the African country of Malawi, was inaugurated on Friday.",
     [("Bingu wa Mutharika", "President", "Malawi")]),
    ("Jacob Zuma, the controversial leader of the African National Congress, has been sworn in as president.",
     [("Jacob Zuma", "leader", "African National Congress")]),
    ("It is my honour to welcome Canada’s 29th Governor General, Her Excellency the Right Honourable Julie "
     "Payette.", [("Julie Payette", "Governor General", None)]),
    ("Minister for Trade and Export Growth, Damien O’Connor said the NZ-EU FTA will cut costs.",
     [("Damien O’Connor", "Minister for Trade and Export Growth", None)]),
    ("At 12:00 local time, Chief Justice John G. Roberts swore in Donald Trump.",
     [("John G. Roberts", "Chief Justice", None)]),
    # a vague first mention gives way to the office
    ("President Obama has met Cuban leader Raul Castro. Later Cuban President Raul Castro shook hands with him.",
     [("Raul Castro", "President", "Cuba")]),
    ("Malaysian Prime Minister Dr. Mahathir Mohamad opened the summit.",
     [("Mahathir Mohamad", "Prime Minister", "Malaysia")]),
    # an envoy's posting is part of the office, the embassy's country whose envoy
    ("Barbara Amono-Oceng, Deputy Head of Mission for the British Embassy to Honduras, said the deal was good.",
     [("Barbara Amono-Oceng", "Deputy Head of Mission to Honduras", "United Kingdom")]),
    # capitalised words before "Minister" are its portfolio, never an appositive's country
    ("These include Vice President Moody Awori, Health Minister Charity Ngilu, Local Government Minister Musikari "
     "Kombo and Livestock Minister Joseph Munyao.",
     [("Charity Ngilu", "Health Minister", None), ("Musikari Kombo", "Local Government Minister", None),
      ("Joseph Munyao", "Livestock Minister", None)]),
    ("South Korean Unification Minister Cho Myoung-gyon spoke.",
     [("Cho Myoung-gyon", "Unification Minister", "South Korea")]),
    # a middle initial is part of the name; a term between the verb and "as" says for how long, not who
    ("WASHINGTON D.C., United States — The United States inaugurated George W. Bush for a second term as "
     "president today.", [("George W. Bush", "President", "United States")]),
    ("Liberia swore in Joseph Boakai for a six-year term as president on Monday.",
     [("Joseph Boakai", "President", None)]),
    # one plural title before a pair of names is each one's
    ("Defence Ministers Ron Mark and Dr Ng Eng Hen today conducted their second annual Defence Ministers’ Meeting.",
     [("Ron Mark", "Defence Minister", None), ("Ng Eng Hen", "Defence Minister", None)]),
    ("Foreign Ministers Penny Wong and Winston Peters met in Canberra.",
     [("Penny Wong", "Foreign Minister", None), ("Winston Peters", "Foreign Minister", None)]),
    # a list of portfolios after the office is the office's; the name comes after it
    ("The declaration was signed by Canada’s Minister of International Trade, Export Promotion, Small Business and "
     "Economic Development, Mary Ng, and Chile’s Undersecretary of International Economic Relations.",
     [("Mary Ng", "Minister of International Trade, Export Promotion, Small Business and Economic Development",
       "Canada")]),
    # initials run together are part of the name; a state's formal style is the country
    ("The Minister for Foreign Affairs of the Republic of Indonesia, Her Excellency Retno L.P. Marsudi, met on 19 "
     "April 2022 in London.", [("Retno L.P. Marsudi", "Minister for Foreign Affairs", "Indonesia")]),
    # a body's name is never a person's ("the Mexican Red Cross")
    ("Prime Minister Trudeau then met with the President of the Mexican Red Cross, Fernando Suinaga Cárdenas.",
     [("Fernando Suinaga Cárdenas", "President", "Mexican Red Cross")]),
    # a style in the plural is no part of the name
    ("The Foreign Secretary welcomed their Excellencies Nasser Bourita, the Minister of Foreign Affairs, and Ryad "
     "Mezzour to London.", [("Nasser Bourita", "Minister of Foreign Affairs", None)]),
    # a bare "Affairs" takes the capitalised words that say whose; the country before the first office of a pair
    # is the second's too
    ("New Zealand's Trade Minister Phil Goff and Associate Pacific Island Affairs Minister Luamanuvao Laban attended.",
     [("Luamanuvao Laban", "Associate Pacific Island Affairs Minister", "New Zealand")]),
    ("The meeting followed recent visits to Honiara by Australian Deputy Prime Minister Marles and Foreign Minister "
     "Wong.", [("Marles", "Deputy Prime Minister", "Australia"), ("Wong", "Foreign Minister", "Australia")]),
    # ... but never a head's: two heads named together met as two countries'
    ("Australian Prime Minister Albanese and President Hassan Sheikh Mohamud met in Canberra.",
     [("Albanese", "Prime Minister", "Australia"), ("Hassan Sheikh Mohamud", "President", None)]),
    # the body a chair is "for"; an agency's head; a headline's bare office said in full in the text
    ("Chifundo Kachale, chairperson for Malawi Electoral Commission announced the winner.",
     [("Chifundo Kachale", "chairperson", "Malawi Electoral Commission")]),
    ("Today, USAID Deputy Administrator Isobel Coleman announced new aid.",
     [("Isobel Coleman", "Deputy Administrator", "U.S. Agency for International Development")]),
    ("Rwandan Minister Dr Vincent Biruta visited London. Patel hosted Rwandan Minister for Foreign Affairs and "
     "International Co-operation, Dr. Vincent Biruta.",
     [("Vincent Biruta", "Minister for Foreign Affairs and International Co-operation", "Rwanda")]),
    # a remit with no comma before the name ends at its portfolio's last word; a rank's country before it
    ("On June 20, Under Secretary of State for Political Affairs Thomas Shannon and Paraguayan Vice Minister of "
     "Foreign Relations Oscar Cabello held the second United States – Paraguay Political and Economic Dialogue.",
     [("Thomas Shannon", "Under Secretary of State for Political Affairs", None),
      ("Oscar Cabello", "Vice Minister of Foreign Relations", "Paraguay")]),
    ("Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kritenbrink spoke.",
     [("Daniel Kritenbrink", "Assistant Secretary of State for East Asian and Pacific Affairs", None)]),
    # a style or a courtesy title is no part of an office or a name
    ("Present were His Excellency Minister Pedro Dos Reis and others.", [("Pedro Dos Reis", "Minister", None)]),
    # a rank before an office is part of it: without it the office is someone else's
    ("Deputy Secretary of State Wendy Sherman met today in Tashkent with Uzbekistan Foreign Minister Abdulaziz "
     "Kamilov.", [("Wendy Sherman", "Deputy Secretary of State", None),
                  ("Abdulaziz Kamilov", "Foreign Minister", "Uzbekistan")]),
    ("Principal Deputy Assistant Secretary John Smith spoke.", [("John Smith", "Principal Deputy Assistant Secretary",
                                                               None)]),
    ("Former Deputy Secretary of State Wendy Sherman spoke.", [("Wendy Sherman", "former Deputy Secretary of State",
                                                              None)]),
    ("The delegation included National Security Advisor Viktor Makhmudov.",
     [("Viktor Makhmudov", "National Security Advisor", None)]),
    # an envoy's posting at the sentence's end
    ("Mitchell signed with Wegger Christian Strømmen, Ambassador of Norway to the UK.",
     [("Wegger Christian Strømmen", "Ambassador to the United Kingdom", "Norway")]),
    # an envoy's posting, after whose envoy it is or before
    ("Stefán Haukur Jóhannesson, Ambassador of Iceland to the UK, signed.",
     [("Stefán Haukur Jóhannesson", "Ambassador to the United Kingdom", "Iceland")]),
    ("The Ambassador of Iceland to the UK, Stefán Haukur Jóhannesson, signed.",
     [("Stefán Haukur Jóhannesson", "Ambassador to the United Kingdom", "Iceland")]),
    ("Her Majesty’s Trade Commissioner to Europe, Andrew Mitchell, signed the deal.",
     [("Andrew Mitchell", "Trade Commissioner to Europe", None)]),
    # whose office it was, before "former"
    ("Kyrgyzstan's former prime minister, Almazbek Atambayev, is poised to become president.",
     [("Almazbek Atambayev", "former Prime Minister", "Kyrgyzstan")]),
    # a capitalised word right before a written-out portfolio is part of it; a demonym says whose
    ("International Trade Secretary Liz Truss said:", [("Liz Truss", "International Trade Secretary", None)]),
    ("British Trade Secretary Liam Fox met his counterpart.", [("Liam Fox", "Trade Secretary", "United Kingdom")]),
    # "in her capacity as" gives the sentence's subject the office
    ("Jacinda Ardern noted the progress in her capacity as Prime Minister.",
     [("Jacinda Ardern", "Prime Minister", None)]),
    # a body spelt out with its bracketed short name before the office is whose office it is
    ("Today, U.S. Agency for International Development (USAID) Administrator Mark Green announced $1 million.",
     [("Mark Green", "Administrator", "U.S. Agency for International Development")]),
    # a company's or agency's chief executive officer; an ambassador's courtesy title after another office is no
    # part of the name
    ("Chief Executive Officer of the Millennium Challenge Corporation, Ambassador John Danilovich, spoke.",
     [("John Danilovich", "Chief Executive Officer", "Millennium Challenge Corporation")]),
    # a portfolio of two parts, then a name of three words: the name starts after the portfolio's last word
    ("Lesotho's Minister of Foreign Affairs and International Relations Mohlabi Kenneth Tsekoa signed the deal.",
     [("Mohlabi Kenneth Tsekoa", "Minister of Foreign Affairs and International Relations", "Lesotho")]),
    ("Minister for Home Affairs and Immigration Pio Tikoduadua said.",
     [("Pio Tikoduadua", "Minister for Home Affairs and Immigration", None)]),
    # a capitalised word before a listed "<portfolio> Minister" is part of the portfolio; a country's is whose
    ("International Trade Minister Greg Hands said.", [("Greg Hands", "International Trade Minister", None)]),
    ("Israeli Defence Minister Benny Gantz said.", [("Benny Gantz", "Defence Minister", "Israel")]),
    # a part of the world is a minister's remit, and the name follows it
    ("Minister for the European Neighbourhood and the Americas Wendy Morton said the deal was good.",
     [("Wendy Morton", "Minister for the European Neighbourhood and the Americas", None)]),
    ("Minister for Asia Nigel Adams said the deal was good.", [("Nigel Adams", "Minister for Asia", None)]),
    # a remit after "for" is part of the office, with the name after it, a comma or none between
    ("The Minister of State for the Diaspora and International Development, Ciarán Cannon TD, announced funding.",
     [("Ciarán Cannon", "Minister of State for the Diaspora and International Development", None)]),
    ("Special Envoy for Climate John Kerry announced funding.", [("John Kerry", "Special Envoy for Climate", None)]),
    ("Special Presidential Envoy for Compact Negotiations Joseph Yun signed the agreements.",
     [("Joseph Yun", "Special Presidential Envoy for Compact Negotiations", None)]),
    ("Commissioner for Migration, Home Affairs and Citizenship Dimitris Avramopoulos signed.",
     [("Dimitris Avramopoulos", "Commissioner for Migration, Home Affairs and Citizenship", None)]),
    # a country after a minister's portfolio says whose; a second office after "and" is another
    ("The agreement was signed by Bert Koenders, Minister for Foreign and European Affairs of the Netherlands and "
     "President of the Council.", [("Bert Koenders", "Minister for Foreign and European Affairs", "Netherlands")]),
    # post-nominal letters, dotted or not, and a style's abbreviation are no part of a name; "An" may end one
    ("Minister for Foreign Affairs and Trade, Charlie Flanagan T.D., and Minister of State Seán Sherlock T.D., have "
     "announced funding.", [("Charlie Flanagan", "Minister for Foreign Affairs and Trade", None)]),
    ("Deputy Prime Minister, H.E. Sok An, will sign on behalf of the government.",
     [("Sok An", "Deputy Prime Minister", None)]),
    # a body's name said in capitals before "Minister" is part of the office, after the country's short form
    ("UK Foreign Office Minister James Duddridge will visit Kenya.",
     [("James Duddridge", "Foreign Office Minister", "United Kingdom")]),
    # a body's name with its short form in brackets before the office says whose office it is
    ("Millennium Challenge Corporation (MCC) Chief Executive Officer (CEO) Alice Albright signed the compact.",
     [("Alice Albright", "Chief Executive Officer", "Millennium Challenge Corporation")]),
    # "and the" after a name and its letters starts the next office-holder
    ("The Minister for Foreign Affairs and Trade, Simon Coveney TD and the Secretary of State for Northern Ireland, "
     "Julian Smith MP, signed a treaty.", [("Simon Coveney", "Minister for Foreign Affairs and Trade", None),
                                           ("Julian Smith", "Secretary of State for Northern Ireland", None)]),
    # a style before the name is no part of it
    ("The Honourable Mélanie Joly, Minister of Foreign Affairs, said so.",
     [("Mélanie Joly", "Minister of Foreign Affairs", None)]),
    # a body written in lower case after its country's possessive is the body, not the country
    ("Pierre Ndiaye, the president of Senegal's constitutional court, released the results of the election.",
     [("Pierre Ndiaye", "President", "Senegal's constitutional court")]),
]


# A body's or a document's name before an office is no person: (sentence, words no leader's name may hold)
NOT_PEOPLE = [
    # a government named by its head is no more of the head's name
    ("President Obama signed the grant. It is the largest grant from the Obama Administration's aid agency.",
     "Administration's"),
    ("Building on the 2001 Joint Centenary Declaration, the Minister said the signing provides a roadmap.",
     "Declaration"),
    ("Prime Minister Trudeau then met with the President of the Mexican Red Cross, Fernando Suinaga Cárdenas.",
     "Red Cross"),
    # a storm's name before ", the Secretary announced" (the title is the reporting clause's subject)
    ("The UK is providing a further £5 million UK aid package for Dominica, the island worst hit by Hurricane Maria, "
     "the International Development Secretary announced during a visit to the region today.", "Maria"),
    ("Aid reached the towns worst hit by Cyclone Idai, the Foreign Minister said on Monday.", "Idai"),
    # a lone letter is a name the text lost ("J os Maria Neves" of a stored copy)
    ("I want to recognize Prime Minister J os Maria Neves for his leadership.", "J"),
]


@pytest.mark.parametrize(("sentence", "words"), NOT_PEOPLE, ids=[r[0][:40] for r in NOT_PEOPLE])
def test_a_body_or_a_document_is_no_person(tmp_path: Path, sentence: str, words: str) -> None:
    found = [f["name"] for f in facts(text_deck(sentence, tmp_path, "14.10.2022"), "leader")]
    assert not any(words in name.split() or words in name and " " in words for name in found), found


# A release headed by its minister's name ("Priti Patel: ...") whose body says only "the International Development
# Secretary" and "Ms Patel": (headline, body, expected leader or None)
HEADLINE_HOLDERS = [
    ("Priti Patel: Extra UK aid to Dominica following deadly Hurricane Maria",
     "The UK is providing a further £5 million UK aid package for Dominica, the International Development Secretary "
     "announced today. Ms Patel announced the support as she visited HMS Ocean.",
     ("Priti Patel", "International Development Secretary")),
    # no courtesy name in the body: the headline's name may be anyone's
    ("Priti Patel: Extra UK aid to Dominica", "The International Development Secretary announced £5 million today.",
     None),
    # two bare offices: which one is hers is not said
    ("Priti Patel: Extra UK aid to Dominica", "The International Development Secretary and the Foreign Secretary "
     "announced aid today. Ms Patel visited HMS Ocean.", None),
    # the headline names a place, not a person
    ("Dominica Island: Extra UK aid", "The International Development Secretary announced aid. Ms Patel spoke.", None),
]


@pytest.mark.parametrize(("headline", "body", "expected"), HEADLINE_HOLDERS, ids=[r[1][:40] for r in HEADLINE_HOLDERS])
def test_a_headline_names_the_minister_the_body_calls_by_office(tmp_path: Path, headline: str, body: str,
                                                                expected: tuple[str, str] | None) -> None:
    art = tmp_path / "article.txt"
    art.write_text(f"{headline}\n\nPublished: 2017-09-24\n\n{body}\n", encoding="utf-8")
    found = {(f["name"], f["role"]) for f in facts(deck_of(art, tmp_path), "leader")}
    if expected:
        assert expected in found, found
    else:
        assert not any(name == "Priti Patel" or "Island" in name for name, _ in found), found


# Offices held no more are never asked as held
NOT_HELD = [
    ("The Prime Ministers signed a Joint Partnership Declaration, building on the Declaration of Principles signed "
     "by former Prime Ministers Bob Hawke and Paias Wingti in 1987.", ["Bob Hawke", "Paias Wingti"]),
    # a description repeating the office before it: "ex-president President X"
    ("Andry Rajoelina, who ousted Madagascan ex-president President Marc Ravalomanana earlier this week, became "
     "the leader of the country.", ["Marc Ravalomanana"]),
    ("The vote was won by former president President John Mahama.", ["John Mahama"]),
]


@pytest.mark.parametrize(("sentence", "names"), NOT_HELD, ids=[r[0][:40] for r in NOT_HELD])
def test_past_holders_are_not_present_ones(tmp_path: Path, sentence: str, names: list[str]) -> None:
    found = {f["name"]: f["role"] for f in facts(text_deck(sentence, tmp_path, "10.05.2013"), "leader")}
    assert all(name not in found or "former" in found[name].lower() for name in names), found


@pytest.mark.parametrize(("sentence", "expected"), LEADERS, ids=[r[0][:40] for r in LEADERS])
def test_leaders_with_their_offices(tmp_path: Path, sentence: str,
                                    expected: list[tuple[str, str, str | None]]) -> None:
    found = {(f["name"], f["role"], f.get("of")) for f in facts(text_deck(sentence, tmp_path, "13.09.2024"), "leader")}
    for row in expected:
        assert row in found, found


# A bare national office in a story about one country is that country's; in a two-country story it is not
# guessed, and where the other side's office-holder is named the bare title in events names the other country.
STORY_COUNTRY = [
    ("Spain today became the first EU member to ratify the constitution. With a vote of 77%, the Yes camp, led by "
     "Prime Minister Jose Luis Rodriguez Zapatero, won. Spaniards voted in low numbers. The Spanish Parliament "
     "had voted yes. Spain's turnout was low.", ("Jose Luis Rodriguez Zapatero", "Prime Minister", "Spain")),
    ("Spain and France held talks. Prime Minister Jose Luis Rodriguez Zapatero met French officials in Spain.",
     ("Jose Luis Rodriguez Zapatero", "Prime Minister", None)),
    # an office only one government has by that name is that country's, when the story names it
    ("The United States and Jordan signed an aid agreement. Secretary of State John Kerry and Jordanian Foreign "
     "Minister Nasser Judeh signed it in Washington.", ("John Kerry", "Secretary of State", "United States")),
    ("The United Kingdom and the United States talked trade. Secretary of State John Smith met officials in London.",
     ("John Smith", "Secretary of State", None)),
    # of two holders of one office in a two-country story, one placed, the other is the other side's
    ("The United Kingdom and Australia agreed a trade deal. Prime Minister Boris Johnson met Australian Prime "
     "Minister Scott Morrison in London. The UK and Australia will sign it soon.",
     ("Boris Johnson", "Prime Minister", "United Kingdom")),
]


@pytest.mark.parametrize(("text", "expected"), STORY_COUNTRY, ids=[r[0][:40] for r in STORY_COUNTRY])
def test_a_bare_office_in_a_one_country_story_is_that_country_s(tmp_path: Path, text: str,
                                                                 expected: tuple[str, str, str | None]) -> None:
    found = {(f["name"], f["role"], f.get("of")) for f in facts(text_deck(text, tmp_path, "21.02.2005"), "leader")}
    assert expected in found, found


def test_the_bare_title_in_a_two_country_release_names_the_other_country(tmp_path: Path) -> None:
    text = ("Italian investment into the UK will create jobs, the Prime Minister has announced today. He met "
            "his Italian counterpart, Prime Minister Giorgia Meloni, in Rome. Italy and the UK are close partners.")
    dates = facts(text_deck(text, tmp_path, "16.09.2024"), "date")
    assert any(f["event"].startswith("The Prime Minister of the United Kingdom announced") for f in dates), dates


def test_a_bare_title_is_never_the_named_holder_when_the_other_side_has_the_office(tmp_path: Path) -> None:
    text = ("Italian investment into the UK will create jobs, the Prime Minister has announced today. He met "
            "Italian Prime Minister Giorgia Meloni in Rome. Italy and the UK are close partners.")
    dates = facts(text_deck(text, tmp_path, "16.09.2024"), "date")
    assert dates and not any("Meloni announced" in f["event"] for f in dates), dates


# An election won is an office to come: "President-elect" until the inauguration; a one-word name is the
# full name the article gives ("President Lee" after "Lee Myung-bak").
OFFICES_TO_COME_AND_FULL_NAMES = [
    ("Ma Ying-jeou, former Mayor of Taipei, has been elected as the new President of the Republic of China.",
     ("Ma Ying-jeou", "President-elect", "Republic of China")),
    ("Lee Myung-bak has taken his oath of office in Seoul. In his inaugural address, President Lee called economic "
     "revival South Korea's most urgent task.", ("Lee Myung-bak", "President", None)),
    # an inauguration is taking up the office, "first elected female" or not
    ("Ellen Johnson-Sirleaf has been inaugurated as Liberia's first elected female President.",
     ("Ellen Johnson-Sirleaf", "President", None)),
    # an election won, and an appointment with effect from a later day, are offices to come
    ("Lee Myung-bak has won the presidential election in South Korea.", ("Lee Myung-bak", "President-elect", None)),
    ("I am pleased to announce the appointment of Mr Glenn Stevens as Governor of the Reserve Bank of Australia for "
     "a term of seven years, with effect from 18 September 2006.", ("Glenn Stevens", "Governor-designate", None)),
]


@pytest.mark.parametrize(("text", "expected"), OFFICES_TO_COME_AND_FULL_NAMES,
                         ids=[r[0][:40] for r in OFFICES_TO_COME_AND_FULL_NAMES])
def test_an_office_to_come_and_a_full_name(tmp_path: Path, text: str, expected: tuple[str, str, str | None]) -> None:
    found = {(f["name"], f["role"]) for f in facts(text_deck(text, tmp_path, "22.03.2008"), "leader")}
    assert expected[:2] in found, found


# The heart of an election or appointment story: who takes which office, and who leaves one. Each row: the
# text, a (name, role, of) that must be found, and (name, role) pairs that must not be (an office the person
# no longer holds, a wrong holder).
ELECTION_OUTCOMES = [
    # declared the winner in a clause after the subject's verb: the subject, of the one country named
    ("Niger ruling PNDS party candidate Mohamed Bazoum is promising to be president to all citizens after being "
     "declared winner of Sunday’s presidential run-off election.", ("Mohamed Bazoum", "President-elect", "Niger"), []),
    # "elected" with no "as"; a parliament's choice of prime minister is the office itself
    ("Veteran lawmaker, Yasuo Fukuda, has been elected Japan's new prime minister.",
     ("Yasuo Fukuda", "Prime Minister", "Japan"), []),
    ("Ma Ying-jeou has been elected the new President of Taiwan.", ("Ma Ying-jeou", "President-elect", "Taiwan"), []),
    # won the country's presidential election, named in apposition after a description
    ("In Malawi, the leader of the opposition Malawi Congress Party (MCP), Lazarus Chakwera, won the country’s "
     "historic presidential election rerun.", ("Lazarus Chakwera", "President-elect", "Malawi"), []),
    # declared the winner, with a description before the name and the party after it
    ("Nigeria's electoral commission has officially declared presidential challenger Muhammadu Buhari of the All "
     "Progressives Congress (APC) the winner of Saturday's presidential election.",
     ("Muhammadu Buhari", "President-elect", None), []),
    # declared elected as the next President: not sworn in yet; a courtesy title is no part of the name
    ("The Returning Officer declared Shrimati Droupadi Murmu elected as the next President of India on 21st July 2022.",
     ("Droupadi Murmu", "President-elect", "India"), []),
    # confirmed as the winner: an incumbent keeps the office he holds
    ("Incumbent president Macky Sall has been confirmed as the winner of the 2019 Senegal presidential election.",
     ("Macky Sall", "President", "Senegal"), []),
    # declared the winner, in the passive, of a country's presidential election
    ("Former soccer star George Weah has been declared the winner of Liberia’s presidential election.",
     ("George Weah", "President-elect", "Liberia"), []),
    # a swearing-in to come: the object of "swear in", "the country's" being the story's country
    ("Zambia's Chief Justice is scheduled to swear-in veteran opposition leader Michael Sata as the country's new "
     "president Friday.", ("Michael Sata", "President-elect", "Zambia"), [("Michael Sata", "President")]),
    # declared the winner of a presidential vote
    ("Michael Sata thanked voters. The electoral commission declared Mr. Sata, leader of the Patriotic Front (PF), "
     "winner of Tuesday's presidential vote.", ("Michael Sata", "President-elect", None), []),
    # an office to serve in; the old one said with "under" is a former office
    ("Nobutaka Machimura, the foreign minister under Mr. Abe, will serve as chief Cabinet secretary.",
     ("Nobutaka Machimura", "Chief Cabinet Secretary", None), [("Nobutaka Machimura", "Foreign Minister")]),
    # the office taken up is the news; the appositive is the one left
    ("Ban Ki-moon, South Korean foreign minister, officially assumed his post as United Nations Secretary-General "
     "today.", ("Ban Ki-moon", "Secretary-General", "United Nations"), [("Ban Ki-moon", "Foreign Minister")]),
    ("Portia Simpson Miller has taken the oath of office for a second time as Jamaica's prime minister.",
     ("Portia Simpson Miller", "Prime Minister", "Jamaica"), []),
    # "Her Vice President ... is NAME"
    ("Ellen Johnson-Sirleaf has been inaugurated as Liberia's first elected female President. Her Vice President, "
     "also sworn in, is Joseph Boakai.", ("Joseph Boakai", "Vice President", "Liberia"), []),
    # a courtesy "Dame" or "Sir" is no part of the name; an ambassador's posting; a long office with "for"
    ("UK Ambassador Dame Karen Pierce and U.S. Assistant Secretary of State for International Security and "
     "Non-proliferation, Christopher Ford, signed the agreement.",
     ("Christopher Ford", "Assistant Secretary of State for International Security and Non-proliferation",
      "United States"), [("Dame Karen Pierce", "Ambassador")]),
    ("Karen Pierce, UK Ambassador to the US said the deal was good.",
     ("Karen Pierce", "Ambassador to the United States", "United Kingdom"), []),
    # a bracketed short form and a style between office and name; a style is nobody's country; the party after
    # the name is whose office it is
    ("At the invitation of the Prime Minister of the United Kingdom of Great Britain and Northern Ireland (“the UK”) "
     "the Right Honourable David Cameron, His Excellency General Secretary Nguyen Phu Trong of the Communist Party "
     "of the Socialist Republic of Vietnam (“the CPV”) paid an official visit to the UK.",
     ("David Cameron", "Prime Minister", "United Kingdom"), []),
    ("At the invitation of Prime Minister David Cameron, His Excellency General Secretary Nguyen Phu Trong of the "
     "Communist Party of the Socialist Republic of Vietnam paid an official visit to the UK.",
     ("Nguyen Phu Trong", "General Secretary", "Communist Party of Vietnam"), []),
    # an election won, with an appositive between the winner and the verb, the country an adjective
    ("Mahmoud Ahmadinejad, Tehran's hardline conservative mayor, has won the Iranian presidential election with a "
     "landslide of 61.8%.", ("Mahmoud Ahmadinejad", "President-elect", "Iran"), []),
    # "as its new foreign minister": the country just named; a predecessor holds the office no more
    ("North Korea has appointed Ri Yong Ho as its new foreign minister. The note did not indicate what will "
     "happen to Ri's predecessor, Ri Su Yong.", ("Ri Su Yong", "former Foreign Minister", "North Korea"),
     [("Ri Su Yong", "Foreign Minister")]),
    ("Ban Ki-moon officially assumed his post as United Nations Secretary-General today. Ban faces issues in line "
     "with his predecessor Kofi Annan's Millennium Goals.",
     ("Kofi Annan", "former Secretary-General", "United Nations"), []),
    # a counterpart's country; a portfolio "and" one more word, the name right after it; a courtesy "MP"
    ("Defence Minister Andrew Little and his Fiji counterpart, Minister for Home Affairs and Immigration Pio "
     "Tikoduadua, signed the agreement in Suva today.",
     ("Pio Tikoduadua", "Minister for Home Affairs and Immigration", "Fiji"), []),
    ("The British Embassy received the visit of MP David Rutley, the Parliament Under Secretary of State for the "
     "Americas and the Caribbean.",
     ("David Rutley", "Parliament Under Secretary of State for the Americas and the Caribbean", None), []),
    # a lede that names the office and leaves the name to the next sentence; ousted, it is a former office, and
    # who is sworn in as the replacement holds it
    ("Iceland's prime minister says his ruling coalition has collapsed. Geir Haarde said he will speak to the "
     "president on Monday.", ("Geir Haarde", "Prime Minister", "Iceland"), []),
    ("The prime minister of Vanuatu has lost his seat after a motion of no confidence. Edward Natapei was ousted "
     "after the vote. Sato Kilman, the deputy prime minister until the motion was passed, has been sworn in as "
     "Natapei's replacement.", ("Sato Kilman", "Prime Minister", "Vanuatu"), [("Edward Natapei", "Prime Minister")]),
    # a military rank between the office and the name is neither name nor office ("Sultan" is his first name)
    ("In Kazakhstan he met Deputy Foreign Minister Roman Vassilenko, Deputy Defence Minister Lieutenant General "
     "Sultan Burkutbayevich Kamaletdinov and members of parliament.",
     ("Sultan Burkutbayevich Kamaletdinov", "Deputy Defence Minister", None),
     [("Lieutenant", "Defence Minister"), ("Burkutbayevich Kamaletdinov", "Sultan")]),
    ("He held talks with the Minister of Defence, Lieutenant General Bakhodir Kurbanov, in Tashkent.",
     ("Bakhodir Kurbanov", "Minister of Defence", None), []),
    ("It was signed by Minister for the Economy and Digital Transformation Nadia Calviño and others.",
     ("Nadia Calviño", "Minister for the Economy and Digital Transformation", None), []),
    # a remit listed with "and" ends where whose office it is begins
    ("The deal was signed by Rebecca Miano, Cabinet Secretary for Investments, Trade and Industry of Kenya and "
     "Henriette Geiger, EU Ambassador to Kenya.",
     ("Rebecca Miano", "Cabinet Secretary for Investments, Trade and Industry", "Kenya"),
     [("Rebecca Miano", "Secretary")]),
]


@pytest.mark.parametrize(("text", "expected", "never"), ELECTION_OUTCOMES, ids=[r[0][:40] for r in ELECTION_OUTCOMES])
def test_who_takes_which_office(tmp_path: Path, text: str, expected: tuple[str, str, str | None],
                                never: list[tuple[str, str]]) -> None:
    found = {(f["name"], f["role"], f.get("of")) for f in facts(text_deck(text, tmp_path, "23.09.2011"), "leader")}
    assert expected in found, found
    assert not {(n, r) for n, r, _ in found} & set(never), found


def test_an_appositive_of_the_old_office_and_a_surname_after_a_title_are_read_as_such(tmp_path: Path) -> None:
    """"Bernadette Jordan, currently Parliamentary Secretary to the Minister of Democratic Institutions, becomes
    Minister of ...": she is the appointee; "Minister Jordan" is her, not the country."""
    text = ("The Prime Minister, Justin Trudeau, today announced changes to the Ministry. Bernadette Jordan, "
            "currently Parliamentary Secretary to the Minister of Democratic Institutions, becomes Minister of Rural "
            "Economic Development. As Minister, Minister Jordan will oversee a rural strategy for Canada.")
    deck = text_deck(text, tmp_path, "14.01.2019")
    leaders = {(f["name"], f["role"]) for f in facts(deck, "leader")}
    assert ("Bernadette Jordan", "Minister of Rural Economic Development") in leaders, leaders
    assert not any(n == "Democratic Institutions" for n, _ in leaders), leaders
    assert all("Jordan" not in f["event"] for f in facts(deck, "date")), facts(deck, "date")


def test_a_leader_who_meets_the_other_side_is_of_the_first(tmp_path: Path) -> None:
    """In a story about two countries, "X met with President Y of Ghana": X is the other country's."""
    text = ("US Vice President Kamala Harris applauds Ghana's role\n\nPublished: 2021-09-23\n\nVice President Kamala "
            "Harris met today with President Nana Akufo-Addo of Ghana to deepen the strong bilateral relationship "
            "between the U.S. and Ghana. The Vice President applauded Ghana's role as a democratic model in Africa.")
    art = tmp_path / "a.txt"
    art.write_text(text, encoding="utf-8")
    found = {(f["name"], f["role"], f.get("of")) for f in facts(deck_of(art, tmp_path), "leader")}
    assert ("Kamala Harris", "Vice President", "United States") in found, found



def test_a_meeting_names_no_country_the_sentence_does_not(tmp_path: Path) -> None:
    """"Biden welcomed Chancellor Scholz of Germany ... between the United States and Germany" in a story whose
    two countries read as Germany and Ukraine: Biden is not Ukraine's."""
    text = ("Germany and Ukraine talks\n\nPublished: 2024-10-18\n\nPresident Joseph R. Biden, Jr. welcomed Chancellor "
            "Olaf Scholz of Germany to the White House today to reaffirm the strong bilateral relationship between the "
            "United States and Germany. They discussed Ukraine. Germany and Ukraine, Ukraine and Germany.")
    art = tmp_path / "a.txt"
    art.write_text(text, encoding="utf-8")
    found = {(f["name"], f.get("of")) for f in facts(deck_of(art, tmp_path), "leader")}
    assert ("Joseph R. Biden", "Ukraine") not in found, found


def test_a_country_named_as_where_a_meeting_was_is_no_side(tmp_path: Path) -> None:
    """"In Kazakhstan on Tuesday, he met ... Deputy Foreign Minister Roman Vassilenko": Kazakhstan is where, not
    the visitor's side, so Vassilenko is never made the other country's (round 24's three false keys)."""
    text = ("Minister visits Kazakhstan and Uzbekistan\n\nPublished: 2023-10-02\n\nIn Kazakhstan on Tuesday, he met "
            "with officials including Deputy Foreign Minister Roman Vassilenko and members of parliament. The minister "
            "then travelled to Uzbekistan on Wednesday, where he held regional security talks with the Minister of "
            "Defence, Lieutenant General Bakhodir Kurbanov. Kazakhstan and Uzbekistan are partners. Uzbekistan, "
            "Kazakhstan.")
    art = tmp_path / "a.txt"
    art.write_text(text, encoding="utf-8")
    found = {(f["name"], f.get("of")) for f in facts(deck_of(art, tmp_path), "leader")}
    assert ("Roman Vassilenko", "Uzbekistan") not in found and ("Bakhodir Kurbanov", "Kazakhstan") not in found, found


def test_an_office_of_a_body_never_gives_another_holder_its_body(tmp_path: Path) -> None:
    """"President of the King's Privy Council for Canada ..." names no country: it is no description of
    President Trump (a lede's "The prime minister of Vanuatu" is: a country)."""
    text = ("The Prime Minister updated the premiers on his meeting with President Donald J. Trump. Prime Minister "
            "Carney was joined by President of the King’s Privy Council for Canada and Minister responsible for "
            "Canada-U.S. Trade, Dominic LeBlanc.")
    found = {(f["name"], f.get("of")) for f in facts(text_deck(text, tmp_path, "16.06.2025"), "leader")}
    assert not any(n == "Donald J. Trump" and of and "Privy" in of for n, of in found), found


def test_a_country_named_as_a_topic_is_no_side_of_a_meeting(tmp_path: Path) -> None:
    """Round 34 after: "Special Representative ... for Afghanistan" and "engagement on Afghanistan" in a US-Uzbek
    meeting made the US Deputy Secretary of State Afghan."""
    text = ("Deputy Secretary of State Wendy Sherman met today in Tashkent with Uzbekistan Foreign Minister Abdulaziz "
            "Kamilov and a delegation that included the Special Representative of the President of Uzbekistan for "
            "Afghanistan Ismatullah Irgashev. The Deputy Secretary thanked Uzbekistan for its constructive engagement "
            "on Afghanistan. Uzbekistan pursues its reform agenda.")
    found = {f["name"]: f.get("of") for f in facts(text_deck(text, tmp_path, "03.10.2021"), "leader")}
    assert found.get("Abdulaziz Kamilov") == "Uzbekistan" and found.get("Wendy Sherman") != "Afghanistan", found
