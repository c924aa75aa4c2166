"""Date extraction by behaviour: a sentence and its article's date in, the dated events out.

One table per rule, run through the public `extract_deck` entry (tests/extracting.py); add a row
when a new phrasing is found, not a test per article.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extracting import facts, text_deck

# Official readouts date the day itself: "today", "this evening", "tomorrow's summit".
RELATIVE_DAYS = [
    # (sentence, published (dd.mm.yyyy), [(ISO date, words the event must contain)])
    ("The Prime Minister met President Trump this evening at Downing Street.", "03.12.2019",
     [("2019-12-03", "met Trump at Downing Street")]),
    ("Foreign Minister Ann Linde signed the agreement in Stockholm today.", "08.06.2023",
     [("2023-06-08", "signed the agreement")]),
    ("President Ramos spoke to Chancellor Olaf Scholz this morning about energy prices.", "10.01.2023",
     [("2023-01-10", "spoke to Olaf Scholz")]),
    ("They looked forward to tomorrow’s NATO Leaders’ Meeting and reflected on the Alliance.", "03.12.2019",
     [("2019-12-04", "NATO Leaders’ Meeting")]),
    ("The Prime Minister updated the President on this afternoon’s meeting between France, Germany, Turkey "
     "and the UK to discuss the situation in Syria.", "03.12.2019",
     [("2019-12-03", "meeting between France, Germany, Turkey and the UK")]),
    # doing something today is dated, even in the present tense
    ("Trump is visiting Japan today.", "18.04.2018", [("2018-04-18", "Trump is visiting Japan")]),
    ("The minister is in Paris today for talks.", "18.04.2018", [("2018-04-18", "is in Paris")]),
    ("The leaders met in London last night.", "15.06.2021", [("2021-06-14", "met in London")]),
    ("The Prime Minister met with Kenyan President Uhuru Kenyatta at Chequers today, to reiterate the UK’s "
     "commitment to develop our strategic partnership with Kenya.", "28.07.2021",
     [("2021-07-28", "met with Uhuru Kenyatta at Chequers")]),
    # an editor's bracket states the day the relative word means
    ("The main elements of the deal were agreed by Prime Minister Boris Johnson and Australian Prime Minister "
     "Scott Morrison at a meeting in Downing Street last night [Monday 14 June].", "15.06.2021",
     [("2021-06-14", "were agreed by Boris Johnson and Scott Morrison at a meeting in Downing Street")]),
]
# "Today" in a clause that says how things are means nowadays
NOWADAYS = [
    ("The Prime Minister said New Zealand was an indispensable partner for the UK, noting the relationship has "
     "always been important, but is arguably even more vital today, given our shared commitment to free trade.",
     "18.04.2018", "2018-04-18"),
    ("Prices are higher today than a year ago.", "18.04.2018", "2018-04-18"),
    ("Two-way trade today stands at more than $7 billion, growing by 5 per cent in 2011-12.", "10.05.2013",
     "2013-05-10"),
    ("Australian investment in PNG has grown five-fold in five years and today stands at more than $19 billion.",
     "10.05.2013", "2013-05-10"),
]
# "more than three years ago" is no one year
ROUGHLY_AGO = [
    ("The Millennium Challenge program was set up more than three years ago to provide assistance.", "22.10.2007",
     "2004"),
]
# The day a direct quotation was said dates the words, which are no event ("will rely" was not done that day).
QUOTED = [
    ("“The United States will rely on his leadership,” said White House spokesman Scott Stanzel on Sunday.",
     "01.01.2007", "2006-12-31"),
]
# A past participle after a noun phrase, the date closing it: the date is that noun's ("signed by ... in 1987").
PARTICIPLES = [
    ("The Prime Ministers signed a Joint Partnership Declaration, building on the Declaration of Principles signed "
     "by former Prime Ministers Bob Hawke and Paias Wingti in 1987.", "10.05.2013",
     [("1987", "The Declaration of Principles was signed by former Prime Ministers Bob Hawke and Paias Wingti")]),
    ("It replaces the agreement signed in 2010.", "10.05.2013", [("2010", "agreement was signed")]),
    # a headline-style participle with no verb of its own is read as done
    ("A Memorandum of Understanding (MoU) signed today (9 May 2025) between the Transport Secretary, Heidi "
     "Alexander, and Federal Councillor, Albert Rösti, will lay the groundwork for future services.", "09.05.2025",
     [("2025-05-09", "A Memorandum of Understanding was signed")]),
]

# A bare month after a verb of planning is the planned thing's, and still to come.
PLANNED_MONTHS = [
    ("Rishi Sunak and President Joe Biden agreed to hold the first high level meeting between Number 10 and "
     "White House representatives in October.", "10.07.2023",
     [("2023-10", "The first high level meeting between Number 10 and White House representatives")]),
    ("Microsoft agreed to buy Activision Blizzard for $69 billion in January 2022.", "10.07.2023",
     [("2022-01", "Microsoft agreed to buy Activision Blizzard")]),
    ("Macron had planned to come last July but postponed the trip because of riots in France.", "26.05.2024",
     [("2023-07", "planned")]),
]
# ... and never dated to a month already past, or to the planning verb
NOT_PLANNED_PAST = [
    ("Prime Minister Rishi Sunak looked forward to visiting Hiroshima for the G7 in May.", "12.01.2023", "2022-05"),
    ("Rishi Sunak and President Joe Biden agreed to hold the first high level meeting between Number 10 and "
     "White House representatives in October.", "10.07.2023", "2022-10"),
]

# Who did it: a bare title that the same sentence shows is someone else stays a title; a plan's date is
# the plan's, not the confirming's.
WHO_AND_WHAT = [
    # a style ("His Excellency") is no pronoun to resolve, a bracketed short form no part of the event
    ("At the invitation of Prime Minister David Cameron, His Excellency General Secretary Nguyen Phu Trong of the "
     "Communist Party of Vietnam (“the CPV”) paid an official visit to the UK on 22 January 2013.", "22.01.2013",
     [("2013-01-22", "Nguyen Phu Trong of the Communist Party of Vietnam paid an official visit to the UK")]),
    # a dated lead of any reasonable length leaves the main clause, without its trailing participle clauses
    ("At a packed news conference Monday afternoon at the Conrad Hotel in Bangkok, MFP leader Pita Limjaroenrat "
     "signed the agreement along with the seven other coalition leaders, listing 23 points they have agreed to "
     "accomplish.", "22.05.2023",
     [("2023-05-22", "Pita Limjaroenrat signed the agreement along with the seven other coalition leaders, at a")]),
    # an invitation's adjunct, however long, is no part of the event
    ("At the invitation of the Prime Minister of the United Kingdom of Great Britain and Northern Ireland (“the UK”) "
     "the Right Honourable David Cameron, General Secretary Nguyen Phu Trong paid an official visit to the UK on 22 "
     "January 2013.", "22.01.2013", [("2013-01-22", "Nguyen Phu Trong paid an official visit")]),
    ("Today, Prime Minister Justin Trudeau met with United States of America President Donald Trump.",
     "03.12.2019", [("2019-12-03", "Justin Trudeau met with Donald Trump")]),
    # a connective that ties the sentence to the one before is no part of the event
    ("For example, Ban Ki-moon, secretary general of the United Nations called for the election to be postponed "
     "on Friday.", "29.06.2008", [("2008-06-27", "Ban Ki-moon")]),
    # a readout's bare title is its own leader, the one named without a country
    ("Prime Minister Theresa May held a bilateral meeting with the New Zealand Prime Minister Jacinda Ardern. The "
     "Prime Minister thanked Prime Minister Ardern for her support today.", "18.04.2018",
     [("2018-04-18", "Theresa May thanked")]),
    # the title and its article go: "with Jacinda Ardern", not "with the Jacinda Ardern"
    ("The Prime Minister held a bilateral meeting with the New Zealand Prime Minister Jacinda Ardern at Downing "
     "Street earlier today.", "18.04.2018",
     [("2018-04-18", "The Prime Minister of the United Kingdom held a bilateral meeting with Jacinda Ardern at "
                     "Downing Street")]),
    ("President Joseph R. Biden, Jr. met today with Prime Minister Keir Starmer of the United Kingdom at the "
     "White House.", "13.09.2024", [("2024-09-13", "Joseph R. Biden met with Keir Starmer")]),
    ("The Prime Minister met Prime Minister of Japan Fumio Kishida in Hiroshima today.", "18.05.2023",
     [("2023-05-18", "The Prime Minister met")]),
    ("The Prime Minister confirmed that the UK Carrier Strike Group will deploy to the region again in 2025.",
     "18.05.2023", [("2025", "The UK Carrier Strike Group will deploy to the region again")]),
    # a ", and" with no verb before it joins the subjects: the event runs on to what they did
    ("In a signing ceremony today at the State Department, Chief Executive Officer of the Millennium Challenge "
     "Corporation, John Danilovich, and Lesotho's Foreign Minister Mohlabi Tsekoa signed a $363 million Compact.",
     "23.07.2007", [("2007-07-23", "Mohlabi Tsekoa signed a $363 million Compact")]),
]

# A calendar date beats the weekday beside it, and carries its year ("of next year"); a month later in the
# year than the article's, told in the past (irregular verbs too), is last year's.
CALENDAR = [
    ("During his visit in November, the Secretary met with Cuba's vice-president Ricardo Cabrisas.", "16.03.2016",
     [("2015-11", "met with")]),
    ("Tom Vilsack, who met Cuba's vice-president in November, will travel to Havana with the President.",
     "16.03.2016", [("2015-11", "met")]),
    ("The first Matariki holiday is scheduled for Friday, June 24 of next year.", "07.02.2021",
     [("2022-06-24", "The first Matariki holiday is scheduled")]),
    ("Ardern's Labour Party won last year's general election with a majority.", "07.02.2021",
     [("2020", "won the general election")]),
    # "N years ago" counts back from the article's year
    ("Seventy-three years ago Quetta was almost completely destroyed in an earthquake, and death toll was about "
     "35,000 people.", "29.10.2008", [("1935", "Quetta was almost completely destroyed in an earthquake")]),
    # a span of days starts on its first, and the span is no part of the event
    ("General Secretary Nguyen Phu Trong paid an official visit to the UK on 22 and 23 January 2013.", "22.01.2013",
     [("2013-01-22", "Nguyen Phu Trong paid an official visit to the UK")]),
    ("The summit was held November 29-30, 2023 in Dubai.", "01.12.2023", [("2023-11-29", "The summit was held")]),
    # a day without its year is the nearest: last December's election, reported in January; next January's vote,
    # told in December as to come
    ("The commission announced the results of the December 29 presidential election.", "03.01.2020",
     [("2019-12-29", "presidential election")]),
    ("The country will vote on January 20 in a new election.", "20.12.2019", [("2020-01-20", "will vote")]),
    ("The war between the two countries began on 24 December.", "02.01.2022", [("2021-12-24", "The war")]),
    # ... but a day still to come stays in the article's year, however far ahead
    ("The elected States will fill Council seats to be vacated on 31 December by five others.", "18.06.2020",
     [("2020-12-31", "seats")]),
    # a date after "follows approval by ..." is the approval's, never the subject's
    ("The signing of the loan package follows approval by the European Parliament and the Council in July 2016.",
     "27.04.2017", [("2016-07", "The approval by the European Parliament and the Council")]),
    # a weekday set off by commas is the clause's day
    ("The chief executive joined Prime Minister John Briceño, Wednesday, in signing the compact.", "05.09.2024",
     [("2024-09-04", "in signing the compact")]),
    # a day after "the NP held on" dates what was held, from the nearest article, not the sentence's verb
    ("The Secretary-General took note of the provisional results of the presidential run-off elections held on "
     "14 February in the country.", "22.02.2016", [("2016-02-14", "The presidential run-off elections were held")]),
    # a possessive day after "to win" dates the election, not the announcing around it
    ("The commission announced that Adama Barrow defeated Yahya Jammeh to win Thursday's election.", "03.12.2016",
     [("2016-12-01", "election")]),
]
# Two dates in one sentence: each dates its own clause, and an event never keeps another date in its words.
TWO_DATES = [
    # a relative clause's date is that clause's, told of what it describes
    ("The north and south fought a 21-year civil war that eventually led to the south's independence in July "
     "2011.", "24.09.2012", [("2011-07", "The 21-year civil war eventually led to the south's independence")]),
    ("Members of Thailand’s eight-party coalition that won a majority of seats in Thailand’s general election May "
     "14 have officially agreed to work together.", "22.05.2023",
     [("2023-05-14", "The eight-party coalition won a majority of seats")]),
    ("Iranian foreign ministry officials confirmed Sunday that the Geneva deal will take effect January 20.",
     "12.01.2014", [("2014-01-20", "The Geneva deal will take effect")]),
    # a verb after an appositive keeps the subject before it, though another date follows in the sentence
    ("The Prime Minister, Jacinda Ardern, today held a bilateral meeting with the Prime Minister of Fiji, Frank "
     "Bainimarama, during his visit to New Zealand from June 10 to 12, 2019.", "12.06.2019",
     [("2019-06-12", "Jacinda Ardern, held a bilateral meeting with")]),
]
NOT_TWO_DATES = [
    # a relative clause's date is that clause's, told of what it describes
    ("The north and south fought a 21-year civil war that eventually led to the south's independence in July "
     "2011.", "24.09.2012", [("2011-07", "The 21-year civil war eventually led to the south's independence")]),
    ("Members of Thailand’s eight-party coalition that won a majority of seats in Thailand’s general election May "
     "14 have officially agreed to work together.", "22.05.2023",
     [("2023-05-14", "The eight-party coalition won a majority of seats")]),
    ("Iranian foreign ministry officials confirmed Sunday that the Geneva deal will take effect January 20.",
     "12.01.2014", "2014-01-12"),
    # a relative clause's date is not the main verb's
    # a possibility has no date
    ("New Zealand cheeses could also make up 15% of the EU's imports, up from 0.5% today.", "10.07.2023",
     "2023-07-10"),
    # the year of a name after "since" is that person's, not the news
    ("Cameron, at 43, is the youngest prime minister since Lord Liverpool in 1812.", "11.05.2010", "1812"),
    # "since" a date is a state's start, not an event on that day
    ("The new president had held the post as acting speaker of parliament since April 10 of this year.",
     "10.08.2010", "2010-04-10"),
    # a gerund clause's date is not the main verb's
    ("President Obama has met and shaken hands with Cuban leader Raul Castro for the first time since announcing "
     "his intention last December to normalize relations with communist Cuba.", "11.04.2015", "2014-12"),
]
# A release's closing attribution dates the announcement: "..., Foreign Minister X announced today."
ANNOUNCED = [
    ("New Zealand is contributing NZ$7 million to support communities in Ethiopia and Somalia, Foreign Minister "
     "Rt Hon Winston Peters announced today.", "22.04.2024",
     [("2024-04-22", "Winston Peters announced that New Zealand is contributing")]),
    # "has announced" and a bare title; a plan in the clause keeps the announcing's day; "the PM" spelt out
    ("More jobs for British people will be created thanks to Italian investment into the UK, the PM has "
     "announced today.", "16.09.2024",
     [("2024-09-16", "The Prime Minister announced that more jobs for British people will be created")]),
    # where it was announced and an editor's bracketed date after "today"; an aside on the clause's last noun goes
    ("The UK is providing a further £5 million UK aid package for Dominica, the island worst hit by Hurricane Maria, "
     "the International Development Secretary announced during a visit to the region today (Sunday 24 September).",
     "24.09.2017", [("2017-09-24", "The International Development Secretary announced that the UK is providing a "
                                   "further £5 million UK aid package for Dominica")]),
]
# A month told in the past is the last one, whatever tense a trailing participle clause has; a dated event is
# told in the simple past; an editor's bracket goes.
PAST_MONTHS = [
    ("Australia registered a record trade surplus in May, underlining the dividends the export sector is "
     "delivering.", "03.07.2019", [("2019-05", "Australia registered a record trade surplus")]),
    ("Australia's five largest trade surpluses have all been recorded in 2019.", "03.07.2019",
     [("2019", "Australia's five largest trade surpluses were all recorded")]),
    ("I am pleased to announce the appointment of Mr Glenn Stevens as Governor of the Reserve Bank of Australia for "
     "a term of seven years, with effect from 18 September 2006.", "01.08.2006",
     [("2006-09-18", "The appointment of Glenn Stevens as Governor of the Reserve Bank of Australia took effect")]),
    # a one-word name is written out where the article gives the full one
    ("Lee Myung-bak has won the presidential election. Lee is scheduled to take office on February 25, 2008.",
     "20.12.2007", [("2008-02-25", "Lee Myung-bak is scheduled to take office")]),
    ("Ghana's electoral commission announced the results of its presidential election late Sunday.", "10.12.2012",
     [("2012-12-09", "announced the results of its presidential election")]),
    ("Keir Starmer will announce at the NATO summit tomorrow [Wednesday] that the UK intends to buy jets.",
     "24.06.2025", [("2025-06-25", "Keir Starmer will announce at the NATO summit that the UK intends")]),
]
# A weekday in a timetable or a plan told in the present is the coming one, not the one before the article.
COMING_WEEKDAYS = [
    ("African leaders are arriving in Nigeria to take part in a two-day African Union summit, starting Sunday, "
     "focusing on war and disease.", "29.01.2005", [("2005-01-30", "The two-day African Union summit began")]),
    ("The prime minister is travelling to Paris on Thursday for a meeting with the president.", "13.11.2023",
     [("2023-11-16", "travelling to Paris")]),
]
# A date that belongs to an event noun: "an election for September 4", "after India's first nuclear test in 1974"
EVENT_NOUNS = [
    # a possessive day's election is the one country's the sentence names; a summit may be several countries'
    ("Niger ruling PNDS party candidate Mohamed Bazoum is promising to be president to all citizens after being "
     "declared winner of Sunday’s presidential run-off election.", "24.02.2021",
     [("2021-02-21", "Niger's presidential run-off election")]),
    ("Officials in Japan prepared for Sunday's summit with Korea.", "24.02.2021", [("2021-02-21", "The summit")]),
    # a day written before its event noun dates that event, not the sentence's news ("results released late
    # Wednesday showed ...")
    ("Official provisional results released late Wednesday by Senegal’s electoral officials showed that Bassirou "
     "Diomaye Faye, the nation’s president-elect won the March 24 elections with 54.28 percent of votes.",
     "27.03.2024", [("2024-03-24", "Senegal's elections")]),
    # what a plan follows is past ("following Tuesday's tragic earthquake"); a relative clause's past verb dates
    # its day, whatever the main clause will do
    ("The Australian Government will provide an additional $5 million to the people of Vanuatu, following Tuesday's "
     "tragic earthquake.", "22.12.2024", [("2024-12-17", "earthquake")]),
    ("The 64-member Disaster Assistance Response Team, which has been assisting with search and rescue efforts, and "
     "the six-person AUSMAT team that were deployed on Wednesday will return to Australia tomorrow.", "22.12.2024",
     [("2024-12-18", "deployed"), ("2024-12-23", "will return to Australia")]),
    # a possessive day opening the sentence dates its subject, not what the sentence says of it
    ("Sunday's election comes a year after nationwide protests against corruption led to the ouster of president "
     "Kurmanbek Bakiyev.", "31.10.2011", [("2011-10-30", "election")]),
    # a bare weekday right after an event noun dates that event, not the sentence's news
    ("Official results from Ghana's election Monday show incumbent President Nana Akufo-Addo has won a second term.",
     "09.12.2020", [("2020-12-07", "Ghana's election")]),
    # ... an owner said: "After signing the agreement Monday, ... shook hands" dates the handshake after the signing
    ("After signing the agreement Monday, Mr. Mugabe and his longtime rival, Movement for Democratic Change leader "
     "Morgan Tsvangirai, shook hands in the capital, Harare.", "15.09.2008", [("2008-09-15", "shook hands")]),
    # a bare weekday after an event noun is its day; the crowd that attended is not the event
    ("Portia Simpson Miller has taken the oath of office as Jamaica's prime minister.\n\nThousands attended her "
     "swearing-in Thursday in the Jamaican capital, Kingston.", "05.01.2012",
     [("2012-01-05", "Portia Simpson Miller's swearing-in")]),
    ("Following speculation from the media, Quebec, Canada premier Jean Charest has called a provincial election "
     "for September 4, 2012.", "02.08.2012", [("2012-09-04", "The provincial election")]),
    ("The party called a vote set for Sunday.", "02.08.2012", [("2012-08-05", "The vote")]),
    # a vote in a story about one country is that country's; a second "today" goes once the date is read
    ("Zambia's Chief Justice will swear in Michael Sata. The electoral commission declared Mr. Sata winner of "
     "Tuesday’s presidential vote. Zambia is calm. Zambia celebrated.", "23.09.2011",
     [("2011-09-20", "Zambia's presidential vote")]),
    ("Prime Minister John Key today met with Premier Li Keqiang at the Great Hall of the People in Beijing.",
     "18.04.2016", [("2016-04-18", "John Key met with Li Keqiang")]),
    # a possessive weekday names its own event, not the declaring's day
    ("The electoral commission declared Mr. Sata, leader of the Patriotic Front, winner of Tuesday’s presidential "
     "vote.", "23.09.2011", [("2011-09-20", "The presidential vote")]),
    ("Three years in the making, the agreement will give India access to U.S. nuclear fuel, overturning a ban on "
     "such trade imposed after India's first nuclear test in 1974.", "10.10.2008",
     [("1974", "India's first nuclear test")]),
    ("The Prime Minister updated on his visit to the Carrier Strike Group last month and thanked Prime Minister "
     "Støre for Norway’s vital contribution to the deployment.", "09.05.2025",
     [("2025-04", "The visit to the Carrier Strike Group")]),
    # a fronted event noun with the date is the event, whoever "he" is
    ("In a joint press conference with Italian Prime Minister Giorgia Meloni this afternoon, he confirmed £485 "
     "million of investment into the UK.", "16.09.2024",
     [("2024-09-16", "The joint press conference with Giorgia Meloni")]),
    # "..., when he meets X [today (Thursday 27 February)]": the meeting, its "he" the main clause's subject
    ("The Prime Minister will be focused on delivering prosperity, when he meets President Trump today (Thursday "
     "27 February) in Washington D.C.", "26.02.2025", [("2025-02-27", "The Prime Minister met Trump in Washington")]),
]
# "On the occasion of our Summit Meeting ... on DATE, we, A and B, ...": the meeting's day
OCCASIONS = [
    ("On the occasion of our Summit Meeting in New York on September 26, 2018, we, President Donald J. Trump and "
     "Prime Minister Shinzo Abe, affirmed the importance of a strong trade relationship between the United "
     "States and Japan, recognizing that our economies together represent approximately 30 percent of global "
     "Gross Domestic Product.", "26.09.2018", [("2018-09-26", "The Summit Meeting in New York")]),
]
# A weekday between a subject and its past verb (news style) is the day it happened; "he" after a fronted
# clause is the main subject, not the person that clause names
NEWS_STYLE = [
    ("The United States and India Friday signed an accord.", "10.10.2008",
     [("2008-10-10", "The United States and India signed an accord")]),
    ("Quebec premier Jean Charest has called a provincial election. After meeting with Lieutenant Governor Pierre "
     "Duchesne to officially drop the writ, he made the public announcement on Wednesday.", "02.08.2012",
     [("2012-08-01", "Jean Charest made the public announcement")]),
    # an irregular past verb ("made") near the weekday outweighs a plan later in the sentence
    ("Jean Charest made the public announcement on Wednesday in front of Québec City Jean Lesage International "
     "Airport, stating the airport represents a “bridge to the north” (in reference to his government’s plan to "
     "develop natural resources in northern Quebec).", "02.08.2012",
     [("2012-08-01", "Jean Charest made the public announcement")]),
]

SUBORDINATE_CLAUSES = [
    ("A Cabinet Office source told Daily Mail the list will be released after Charles and Queen Consort Camilla "
     "are coronated on May 6 and their official portraits released.", "03.04.2023",
     [("2023-05-06", "Charles and Camilla are coronated")]),
]
NOT_CALENDAR = [
    # a clause with no subject of its own is no event ("Is about setting it up", "So is only the first step")
    ("Today is about setting it up, and so today is only the first step for the coalition.", "22.05.2023",
     "2023-05-22"),
    ("Voters on Super Tuesday elected him.", "10.10.2008", "2008-10-07"),
    ("None of the parties revealed on Monday when the talks would resume.", "03.02.2015", "2015-02-02"),
    ("The guards demanded the lifting of a ban on anybody who had tried to help Blaise Compaoré to extend his "
     "27-year rule in October 2014.", "26.09.2015", "2014-10"),
    ("The first Matariki holiday is scheduled for Friday, June 24 of next year.", "07.02.2021", "2021-02-05"),
    ("The new holiday would break up the gap between public holidays in June and October.", "07.02.2021",
     "2021-06"),
]

# A release's own framing is no event of the story; its purpose is
RELEASE_FRAMING = [
    ("The Prime Minister issued the following statement today:", "02.10.2017", "2017-10-02"),
]
RELEASE_PURPOSE = [
    ("The Prime Minister, Justin Trudeau, today issued the following statement to welcome Canada’s new Governor "
     "General, the Right Honourable Julie Payette:", "02.10.2017",
     [("2017-10-02", "Justin Trudeau, welcomed Canada’s new Governor General")]),
]

# Possessive days that name no event, and quantities: no date.
NO_EVENT = [
    ("In July 2000 he was received by Kim Jong Il, the father of today's ruler.", "19.06.2024", "2024-06-19"),
    ("Prices rose again, exceeding yesterday's level by a wide margin.", "19.06.2024", "2024-06-18"),
    # a deadline is no event on its day
    ("Hatta Radjasa said the earthquake has damaged the runway, closing it to air traffic until at least Sunday.",
     "27.05.2006", "2006-05-21"),
    # a weekday that would fall days before the day the story already told of is an update's: no date
    ("An earthquake struck Yogyakarta on Saturday morning. Hatta Radjasa said on Sunday that the earthquake has "
     "damaged the airport runway.", "27.05.2006", "2006-05-21"),
    # a state since a date, after a dateline, is no event on it
    ("TEGUCIGALPA, M.D.C. – Since October 15, the U.S. Government has provided US$ 190,000 in aid.", "01.11.2011",
     "2011-10-15"),
    # a speaker's "today" inside a quotation the splitter cut; a period's end; a list of results
    ("\u201cThe European Union stands by your side today more than ever before.", "27.06.2014", "2014-06-27"),
    ("The Financial Statements for the ten months ended 30 April 2014 were compared with forecasts.", "06.06.2014",
     "2014-04-30"),
    ("The results of the presidential election of 2012 are as follows: John Mahama, NDC: 5,574,761 votes.",
     "10.12.2012", "2012"),
    # a running total's sentence: its days date the announcing and the period, not what the total does
    ("The funding announced today brings the overall amount of EU humanitarian aid in the Sahel in 2019 to "
     "€69.74 million.", "18.09.2019", "2019-09-18"),
    ("The funding announced today brings the overall amount of EU humanitarian aid in the Sahel in 2019 to "
     "€69.74 million.", "18.09.2019", "2019"),
]


# Each rule's table: a sentence and its article's date in, the dated events it must give (DATED) or a date
# it must never give (UNDATED). A new phrasing is a row in the table of its rule.
DATED = {
    "a relative day is dated from the article": RELATIVE_DAYS,
    "a planned month dates what is planned": PLANNED_MONTHS,
    "the event says who did what": WHO_AND_WHAT,
    "a calendar date says when": CALENDAR,
    "each of two dates dates its own clause": TWO_DATES,
    "a closing attribution dates the announcement": ANNOUNCED,
    "a month told in the past is the last one": PAST_MONTHS,
    "a weekday in a timetable or plan is the coming one": COMING_WEEKDAYS,
    "a date in an after or when clause is that clause's": SUBORDINATE_CLAUSES,
    "a release's statement dates its purpose": RELEASE_PURPOSE,
    "a date set for an event noun is the event's": EVENT_NOUNS,
    "the occasion of a meeting dates the meeting": OCCASIONS,
    "a participle's date dates its noun phrase": PARTICIPLES,
    "news style: weekday before the verb, he after a fronted clause": NEWS_STYLE,
}
UNDATED = {
    "a possessive day that names no event is no date": NO_EVENT,
    "today in a clause of how things are means nowadays": NOWADAYS,
    "a release's own framing is no event": RELEASE_FRAMING,
    "a planned month is never in the past": NOT_PLANNED_PAST,
    "no date from a weekday beside a date or a span of months": NOT_CALENDAR,
    "a date never dates another clause's event": NOT_TWO_DATES,
    "a quotation's attribution dates no event": QUOTED,
    "a rough count of years back is no year": ROUGHLY_AGO,
}
_DATED_ROWS = [(rule, *row) for rule, rows in DATED.items() for row in rows]
_UNDATED_ROWS = [(rule, *row) for rule, rows in UNDATED.items() for row in rows]


@pytest.mark.parametrize(("rule", "sentence", "published", "expected"), _DATED_ROWS,
                         ids=[f"{r[0]}: {r[1][:40]}" for r in _DATED_ROWS])
def test_dated_events(tmp_path: Path, rule: str, sentence: str, published: str,
                      expected: list[tuple[str, str]]) -> None:
    dates = facts(text_deck(sentence, tmp_path, published), "date")
    got = [(str(f["date"]), f["event"]) for f in dates]
    for iso, words in expected:
        assert any(d == iso and words in event for d, event in got), (rule, got)


# Events worded exactly: nothing the question does not need (an aside after a spaced dash, an office's portfolio
# and style before the name)
WORDED = [
    ("Foreign Secretary Liz Truss and her Lithuanian counterpart Gabrielius Landsbergis today (23 May) agreed to "
     "greater security and economic cooperation between their 2 countries – in the face of growing aggression from "
     "malign regimes.", "23.05.2022", ("2022-05-23", "Liz Truss and her Lithuanian counterpart Gabrielius "
                                                    "Landsbergis agreed to greater security and economic cooperation "
                                                    "between their 2 countries")),
    ("Minister for Foreign Affairs Senator Penny Wong visited Fiji on Monday.", "16.06.2022",
     ("2022-06-13", "Penny Wong visited Fiji")),
    # "the deal" the sentence before names, with the parties it was between
    ("Nepal's civil war has come to a peaceful conclusion with the signing of a historic accord between Prime "
     "Minister Girija Prasad Koirala and Prachanda, leader of the Maoist rebel faction. The deal was signed in "
     "Kathmandu on Tuesday.", "23.11.2006", ("2006-11-21", "The accord between Prime Minister Girija Prasad Koirala "
                                                          "and Prachanda was signed in Kathmandu")),
    # a release speaking as "we" announced what it says; a ceremony's setting names who "the two countries" are; a
    # participle's date dates the participle
    ("Today on World Refugee Day we announce the Australian Government will provide additional humanitarian "
     "assistance to meet the urgent needs of Rohingya people in Bangladesh.", "20.06.2018",
     ("2018-06-20", "The Australian Government announced it would provide additional humanitarian assistance to meet "
                    "the urgent needs of Rohingya people in Bangladesh")),
    ("Washington, D.C. – In a ceremony witnessed by senior leaders of El Salvador and the United States, the two "
     "countries signed a $461 million development agreement today aimed at reducing poverty in the Central American "
     "nation.", "29.11.2006", ("2006-11-29", "El Salvador and the United States signed a $461 million development "
                                            "agreement aimed at reducing poverty in the Central American nation")),
    ("Compacts with Honduras and Nicaragua signed last year are now in the implementation phase.", "29.11.2006",
     ("2005", "Compacts with Honduras and Nicaragua were signed")),
    # a reaction to a day's event is dated by it, not as that day: the event is the possessed noun
    ("Nepalese king Gyanendra Singh has welcomed Tuesday's peace deal between the government and the Maoist rebels.",
     "23.11.2006", ("2006-11-21", "The peace deal between the government and the Maoist rebels")),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), WORDED, ids=[r[0][:40] for r in WORDED])
def test_an_event_is_worded_as_the_question_needs_it(tmp_path: Path, sentence: str, published: str,
                                                    expected: tuple[str, str]) -> None:
    dates = facts(text_deck(sentence, tmp_path, published), "date")
    assert [(str(f["date"]), f["event"]) for f in dates] == [expected]


@pytest.mark.parametrize(("rule", "sentence", "published", "wrong"), _UNDATED_ROWS,
                         ids=[f"{r[0]}: {r[1][:40]}" for r in _UNDATED_ROWS])
def test_dates_never_given(tmp_path: Path, rule: str, sentence: str, published: str, wrong: str) -> None:
    dates = facts(text_deck(sentence, tmp_path, published), "date")
    assert not [f for f in dates if str(f["date"]) == wrong], (rule, dates)


def test_a_short_name_is_written_out_once_with_its_title_and_earlier_words(tmp_path: Path) -> None:
    """"Ms. Simpson Miller" of Portia Simpson Miller is her full name, not "Ms. Simpson Portia Simpson Miller"."""
    text = ("Portia Simpson Miller has taken the oath of office as Jamaica's prime minister.\n\nMs. Simpson Miller "
            "became the first female prime minister in 2006, but lost power after 18 months in office.")
    events = [f["event"] for f in facts(text_deck(text, tmp_path, "05.01.2012"), "date")]
    assert events == ["Portia Simpson Miller became the first female prime minister"], events


# (sentence, published, words no event may keep): a dateline is where the news was filed, and a relative day
# left beside the date it was read from would be wrong in a question asked later
LEFT_OUT_OF_EVENTS = [
    ("ACCRA, GHANA - Official results came in on Wednesday.", "09.12.2020", "ACCRA"),
    ("WASHINGTON D.C., United States — The United States inaugurated George W. Bush for a second term as "
     "president today.", "20.01.2005", "WASHINGTON"),
    ("PRETORIA, South Africa (AP) — Ethiopia's government agreed on Wednesday to a truce.", "02.11.2022",
     "PRETORIA"),
    ("The main elements of the deal were agreed at a meeting in Downing Street last night [Monday 14 June].",
     "15.06.2021", "last night"),
    ("A Memorandum of Understanding (MoU) signed today (9 May 2025) between the Transport Secretary, Heidi "
     "Alexander, and Federal Councillor, Albert Rösti, will lay the groundwork for future services.", "09.05.2025",
     "today"),
    ("Prime Minister Boris Johnson recently (01 July 2022) hosted the Prime Minister of New Zealand, Jacinda "
     "Ardern, to discuss shared global challenges.", "04.07.2022", "recently"),
    ("Sunday's election comes a year after nationwide protests against corruption led to the ouster of president "
     "Kurmanbek Bakiyev.", "31.10.2011", "comes a year"),
    # a dateline in title case, and a meeting's purpose (with or without a comma): the release's gloss
    ("Washington, DC — President Joseph R. Biden, Jr. met today with President João Lourenço of Angola at the White "
     "House to address opportunities to deepen our relationship.", "30.11.2023", "Washington"),
    ("Washington, DC — President Joseph R. Biden, Jr. met today with President João Lourenço of Angola at the White "
     "House to address opportunities to deepen our relationship.", "30.11.2023", "address opportunities"),
    # a purpose after a comma is the release's gloss, in its own voice
    ("The Prime Minister met with Kenyan President Uhuru Kenyatta at Chequers today, to reiterate the UK’s "
     "commitment to develop our strategic partnership with Kenya.", "28.07.2021", "our strategic"),
]


@pytest.mark.parametrize(("sentence", "published", "words"), LEFT_OUT_OF_EVENTS,
                         ids=[r[0][:40] for r in LEFT_OUT_OF_EVENTS])
def test_datelines_and_relative_words_are_no_part_of_an_event(tmp_path: Path, sentence: str, published: str,
                                                               words: str) -> None:
    events = [f["event"] for f in facts(text_deck(sentence, tmp_path, published), "date")]
    assert events and not any(words in e for e in events), events
