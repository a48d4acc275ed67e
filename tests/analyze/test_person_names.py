"""Which person a name in an article stands for: two people of one surname stay two."""

from __future__ import annotations

from tests.analyze.conftest import ArticleMaker

from dateline.analyze import Analyzer
from dateline.analyze.names import forms_of_one_name


def _keys(analyzer: Analyzer, make_article: ArticleMaker, text: str) -> list[tuple[str, str]]:
    analysis = analyzer.analyze(make_article(text))
    return [(m.text, m.actor_key) for m in analysis.mentions if m.kind == "PERSON"]


def test_two_people_of_one_surname_stay_two_and_a_surname_is_the_nearest_before(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    text = ("Former President Bill Clinton campaigned in Iowa on Monday. Hillary Clinton spoke in Ohio on Tuesday. "
            "Clinton said she would win. George W. Bush and Jeb Bush met in Miami. Bush left early.")
    assert _keys(analyzer, make_article, text) == [
        ("Bill Clinton", "bill clinton"), ("Hillary Clinton", "hillary clinton"), ("Clinton", "hillary clinton"),
        ("George W. Bush", "george w bush"), ("Jeb Bush", "jeb bush"), ("Bush", "jeb bush"),
    ]


def test_a_shared_surname_is_the_person_a_title_referred_to_last(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """A user test (UPI, October 2016): Bill Clinton's quotes were given to Hillary, the full name written last."""
    text = ("Former President Bill Clinton criticized the Affordable Care Act during a campaign stop in Flint for his "
            "wife Hillary Clinton. During the rally Monday, the former president said premiums were rising. "
            "\u201cIt doesn't make any sense,\u201d Clinton said. \u201cIt's the craziest thing,\u201d he said.")
    analysis = analyzer.analyze(make_article(text))
    assert [(m.text, m.actor_key) for m in analysis.mentions if m.actor_key.endswith("clinton")] == [
        ("Bill Clinton", "bill clinton"), ("Hillary Clinton", "hillary clinton"),
        ("former president", "bill clinton"), ("Clinton", "bill clinton"),
    ]
    speakers = [q.speaker_key for q in analysis.quotes]
    assert len(speakers) >= 3 and set(speakers) == {"bill clinton"}


def test_shorter_forms_of_one_name_take_the_full_name(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    text = ("Turkish President Recep Tayyip Erdogan met Vladimir Putin in Sochi. Tayyip Erdogan said the talks "
            "mattered. Erdogan left on Friday.")
    keys = dict(_keys(analyzer, make_article, text))
    assert keys["Tayyip Erdogan"] == keys["Erdogan"] == keys["Recep Tayyip Erdogan"] == "recep tayyip erdogan"


def test_forms_of_one_name() -> None:
    def forms(first: str, second: str) -> bool:
        return forms_of_one_name(first.split(" "), second.split(" "))

    assert forms("hillary clinton", "hillary rodham clinton")
    assert forms("tayyip erdogan", "recep tayyip erdogan")
    assert not forms("bill clinton", "hillary clinton")
    assert not forms("john f. kerry", "john g. kerry")
    assert not forms("jeb bush", "george w. bush")


def test_us_states_by_name_and_ap_abbreviation_are_one_place_and_no_person(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    text = ("Sen. Marco Rubio, R-Fla., campaigned in N.H. on Monday. Florida Gov. Rick Scott stayed in Florida. "
            "Texas Sen. Ted Cruz won in Texas.")
    mentions = analyzer.analyze(make_article(text)).mentions
    kinds = {m.actor_key: m.kind for m in mentions}
    assert kinds["florida"] == "PLACE" and kinds["new hampshire"] == "PLACE"
    assert kinds["texas"] == "PLACE" and kinds["ted cruz"] == "PERSON"
    assert "fla" not in kinds and "nh" not in kinds


def test_abbreviations_need_their_periods_and_staff_nouns_are_no_office(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    from dateline.analyze.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    assert gazetteer.place("Va.") == gazetteer.place("Virginia") and gazetteer.place("Virginia").kind == "PLACE"
    assert gazetteer.place("VA") is None and gazetteer.place("Ark") is None  # the VA, the Ark: no states
    text = "Rep. Jim Jordan, R-Ohio, leads the caucus. Jordan spokesman Ian Fury said the group would vote no."
    keys = [m.actor_key for m in analyzer.analyze(make_article(text)).mentions if m.text == "Jordan"]
    assert keys == ["jim jordan"]


def test_a_headlines_common_word_before_a_surname_is_no_given_name(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    def people(text: str) -> list[str]:
        return [a.name for a in analyzer.analyze(make_article(text)).actors if a.kind == "PERSON"]

    assert people("Fascist Trump Draws Protesters At Rally In Chicago\n\n"
                  "Donald Trump drew protesters at a rally in Chicago on Friday.") == ["Donald Trump"]
    # A real given name stays, common word or not, when the article writes it with that surname.
    assert people("Will Smith Joins Protest At Oscars\n\nWill Smith said on Monday he would not attend.") == [
        "Will Smith"]


def test_a_headline_name_run_into_other_words_is_cut_to_the_name_the_article_writes(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    def people(text: str) -> list[str]:
        return [m.text for m in analyzer.analyze(make_article(text)).mentions if m.kind == "PERSON"]

    # The model reads these whole headlines as one person; the body writes the name alone.
    assert people("Lindsay Lohan Checks Into Rehab Facility\n\nLindsay Lohan checked into a rehab facility in "
                  "California on Thursday, her lawyer said.") == ["Lindsay Lohan"]
    assert people("Actress Esther Williams Dies At 91\n\nEsther Williams, the swimmer who became a film star, "
                  "died on Thursday.") == ["Esther Williams", "Esther Williams"]
    # Without the name written elsewhere (the body says "LiLo"), common words after two name words are cut off;
    # a span that starts with a common word is left as the model gave it: where its name ends is not known.
    assert people("Lindsay Lohan Checks Into Rehab Facility\n\nThe actress checked into a facility in "
                  "California on Thursday, her lawyer said.") == ["Lindsay Lohan"]
    assert people("Sugar Ray Leonard Returns To Ring\n\nThe boxer returned on Monday.") == [
        "Sugar Ray Leonard Returns To Ring"]
    # A headline span of common words only is nobody (an ECB+ headline) when the body writes one of them in
    # lower case; else it may be a name of common words.
    assert people("Magic Johnson Buys Dodgers Stake\n\nThe former player bought a stake.") == [
        "Magic Johnson Buys"]
    assert people("Driver Charged In Fatal Queens Hit And Run\n\nA driver was charged with homicide after "
                  "police say he struck and killed a woman.") == []


def test_a_capitalised_job_before_a_name_is_no_part_of_it(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    # ECB+: "Comedian Ellen DeGeneres" and "Sixers' Coach Jim O'Brien" were people of their own.
    text = ("Comedian Ellen DeGeneres picked to host 2014 Oscars\n\nComedian Ellen DeGeneres will host the "
            "Academy Awards next year, organizers said on Friday. DeGeneres first hosted the Oscars in 2007.")
    keys = {m.actor_key for m in analyzer.analyze(make_article(text)).mentions if m.kind == "PERSON"}
    assert keys == {"ellen degeneres"}
    coach = "The Sixers' Coach Jim O'Brien was fired today, the team said."
    assert [m.text for m in analyzer.analyze(make_article(coach)).mentions if m.kind == "PERSON"] == [
        "Jim O'Brien"]


def test_a_headline_keeps_another_person_of_the_surname_and_a_name_suffix(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    def keys(text: str) -> list[str]:
        return [m.actor_key for m in analyzer.analyze(make_article(text)).mentions if m.kind == "PERSON"]

    # A given name is no common word ("hunter", "chris" are frequent in lower case): not cut to the father's or
    # brother's surname.
    assert "joe biden" not in keys("Hunter Biden Indicted On Federal Gun Charges\n\nJoe Biden said on Friday "
                                   "that he loved his son and would not comment on the case.")[:1]
    assert "andrew cuomo" not in keys("Chris Cuomo Interviews Brother About Virus Crisis\n\nAndrew Cuomo spoke "
                                      "to the network on Monday about the crisis in the state.")[:1]
    assert keys("Donald Trump Jr. Testifies Before Senate Panel\n\nDonald Trump said on Monday his son had done "
                "nothing wrong.")[0] == "donald trump jr"
    # A lead naming many people is no headline: its names still cut the headline's run-on span.
    assert keys("Sean Penn Meets Hugo Chavez In Caracas Visit\n\nSean Penn met Hugo Chavez in Caracas on "
                "Tuesday, officials said.")[:2] == ["sean penn", "hugo chavez"]


def test_an_acronym_is_the_organisation_the_article_names_in_full(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    # A second user test found "WHO" and "World Health Organisation" as two actors of one flu story.
    text = ("The World Health Organization raised its alert level on Monday. The WHO said the virus could spread. "
            "The National Aeronautics and Space Administration launched a probe. NASA said it would reach Mars.")
    keys = {m.text: m.actor_key for m in analyzer.analyze(make_article(text)).mentions}
    assert keys["WHO"] == keys["World Health Organization"] == "world health organization"
    assert keys["NASA"] == "national aeronautics and space administration"
    # A country before the name or a last "and ..." may be left out of the acronym (a third user test, H1N1).
    cdc = "The US Centres for Disease Control said on Monday that cases rose. The CDC said more would follow."
    mentions = analyzer.analyze(make_article(cdc)).mentions
    assert {m.actor_key for m in mentions if m.text == "CDC"} == {"us centers for disease control"}
    prevention = ("Officials at the Centers for Disease Control and Prevention warned on Monday that the virus "
                  "spreads. The CDC said it.")
    keys = {m.text: m.actor_key for m in analyzer.analyze(make_article(prevention)).mentions}
    assert keys["CDC"] == "centers for disease control and prevention"
    # A country's abbreviation is no organisation's acronym.
    union = "The United Steelworkers union said on Monday that U.S. plants would close."
    assert {m.text: m.actor_key for m in analyzer.analyze(make_article(union)).mentions}["U.S."] == "united states"
    # Without the name in full an acronym stays itself.
    alone = {m.text: m.actor_key for m in analyzer.analyze(make_article("NASA said the probe was on course.")).mentions}
    assert alone.get("NASA") == "nasa"


def test_photo_credits_and_time_zones_are_no_actors_and_a_government_agency_is_no_outlet(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    # A user test of Guardian swine-flu pages: "Miguel Tovar/AP" was a person and "BST" an organisation.
    text = ("Saturday 25 April 2009 22.09 BST A member of cabin crew was taken to hospital on Saturday.\n\n"
            "Photograph: Tim Ireland/PA Swine flu is spreading more slowly than feared, the Health Protection "
            "Agency said on Monday.\n\nPhotograph: Dario Lopez-Mills A doctor in Mexico City treated patients.")
    mentions = {m.text: m.kind for m in analyzer.analyze(make_article(text)).mentions}
    assert not any("Ireland" in name or "Lopez" in name or name == "BST" for name in mentions)
    assert mentions["Health Protection Agency"] == "ORG"  # a government agency, not a news agency
    # A review: a caption's subject and a state's abbreviation stay.
    caption = {m.text for m in analyzer.analyze(make_article("Photo: Barack Obama greets troops in Kabul.")).mentions}
    assert "Barack Obama" in caption
    states = {m.text for m in analyzer.analyze(make_article(
        "Voters in Butte, MT, went to the polls on Tuesday. The market closed at 4 p.m. EST.")).mentions}
    assert "MT" in states and "EST" not in states
    kinds = {m.text: m.kind for m in analyzer.analyze(make_article(
        "The Xinhua News Agency reported that the Central Intelligence Agency had briefed Congress.")).mentions}
    assert kinds["Xinhua News Agency"] == "MEDIA" and kinds["Central Intelligence Agency"] == "ORG"


def test_names_starting_with_common_words_stay_whole(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    # A review of the job-before-a-name rule: only jobs and labels are cut, not given names that are common words,
    # and a possessive does not count as a word of the name.
    def people(text: str) -> list[str]:
        return [m.text for m in analyzer.analyze(make_article(text)).mentions if m.kind == "PERSON"]

    assert people("Rush Limbaugh's show was cancelled on Monday.") == ["Rush Limbaugh"]
    assert people("UN Secretary-General Ban Ki-moon said on Monday that aid was coming.") == ["Ban Ki-moon"]
    assert people("Sugar Ray Leonard was inducted into the hall of fame.") == ["Sugar Ray Leonard"]
    # A headline's surname that is a common word ends the name when the body writes it as a name.
    assert people("Anna Nicole Smith Dies At 39\n\nSmith, the former Playboy model, died on Thursday in Florida, "
                  "her lawyer said.")[:1] == ["Anna Nicole Smith"]


def test_international_organisations_are_one_actor_by_initials_or_name(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    # A user test (BBC, Haiti): "UN" (19 articles) and "United Nations" (10) were two actors.
    initials = {m.text: m.actor_key for m in analyzer.analyze(make_article(
        "The UN said on Monday that the EU had sent aid.")).mentions}
    named = {m.text: m.actor_key for m in analyzer.analyze(make_article(
        "The United Nations said on Monday that the European Union had sent aid.")).mentions}
    assert initials["UN"] == named["United Nations"] == "united nations"
    assert initials["EU"] == named["European Union"] == "european union"


def test_a_day_after_a_name_and_a_company_suffix_are_no_part_of_it(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    # A user test (BP coverage): "Obama Sunday" was a place, and BP PLC and BP two actors.
    keys = {m.text: m.actor_key for m in analyzer.analyze(make_article(
        "President Obama Sunday toured the Gulf coast. BP PLC shares fell, and Transocean Ltd said Apple Inc. was "
        "not involved. The Sunday Times reported it.")).mentions}
    assert keys.get("Obama") == "obama" and "Obama Sunday" not in keys
    assert keys["BP"] == "bp" and keys["Transocean"] == "transocean" and keys["Apple"] == "apple"
    assert keys["Sunday Times"] == "sunday times"


def test_a_surname_the_model_took_for_a_facility_is_the_person(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    # A user test (BP coverage, session 18): "met with Obama Sunday" was tagged a facility, so Obama was a place.
    analysis = analyzer.analyze(make_article(
        "President Barack Obama toured the region Sunday, defending the response. Parish president Billy Nungesser "
        "met with Obama Sunday in Venice and said the plan failed."))
    kinds = {(m.text, m.actor_key, m.kind) for m in analysis.mentions if "Obama" in m.text}
    assert kinds == {("Barack Obama", "barack obama", "PERSON"), ("Obama", "barack obama", "PERSON")}


def test_a_title_run_into_a_name_is_the_persons_role(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    persons = {m.text: (m.actor_key, m.role) for m in analyzer.analyze(make_article(
        "Coast Guard Commandant Thad Allen said the leak was slowing. Allen spoke in Venice. "
        "Attorney General Eric Holder visited New Orleans. Martin Luther King Jr was remembered on Monday."
    )).mentions if m.kind == "PERSON"}
    assert persons["Thad Allen"] == ("thad allen", "Coast Guard Commandant")
    assert persons["Allen"][0] == "thad allen"
    assert persons["Eric Holder"] == ("eric holder", "Attorney General")
    assert persons["Martin Luther King Jr"][0] == "martin luther king jr"  # one word after King: no title


def test_a_name_written_the_name_and_a_noun_is_a_thing_not_a_person(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    # "Deepwater Horizon" was a person in 11 articles of a user test's BP story.
    rig = analyzer.analyze(make_article(
        "The Deepwater Horizon rig exploded on April 20. Eleven workers died in the Deepwater Horizon explosion. "
        "Transocean owned Deepwater Horizon."))
    assert not [m for m in rig.mentions if "Horizon" in m.text and m.kind == "PERSON"]
    person = analyzer.analyze(make_article(
        "The Obama administration said on Sunday it would act. Barack Obama spoke. The Barack Obama "
        "administration. Obama left."))
    assert {m.kind for m in person.mentions if "Obama" in m.text} == {"PERSON"}


def test_mountains_and_lakes_are_places_and_us_agencies_one_actor_with_or_without_us(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    mentions = analyzer.analyze(make_article(
        "A climber is dead after falling about 150 metres at Aoraki Mount Cook. Ricki Lake said it was sad. "
        "The U.S. Coast Guard said on Sunday that the Coast Guard would keep searching. US Airways flew on."
    )).mentions
    kinds = {m.text: (m.actor_key, m.kind) for m in mentions}
    assert kinds["Aoraki Mount Cook"][1] == "PLACE" and kinds["Ricki Lake"][1] == "PERSON"
    assert kinds["U.S. Coast Guard"][0] == kinds["Coast Guard"][0] == "us coast guard"
    assert kinds["US Airways"][0] == "us airways"


def test_a_surname_that_is_also_a_town_is_the_person(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    # A user test (BBC, Michael Jackson): `dateline actor Jackson` found "Jackson (CITY)", the town in Mississippi.
    singer = analyzer.analyze(make_article(
        "Michael Jackson died in Los Angeles. Fans of Jackson gathered in Harlem. Jackson had been preparing a tour."))
    assert {(m.actor_key, m.kind) for m in singer.mentions if m.text == "Jackson"} == {("michael jackson", "PERSON")}
    town = analyzer.analyze(make_article("Officials in Jackson, Mississippi said the storm passed."))
    assert [(m.actor_key, m.kind) for m in town.mentions if m.text == "Jackson"] == [("jackson", "CITY")]


def test_a_word_the_article_also_writes_in_lower_case_is_no_name(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    # A user test (BBC, Michael Jackson): "Propofol" was a person in 11 articles that also write "propofol".
    drug = analyzer.analyze(make_article(
        "Doctors at the hospital gave him Propofol on Monday. Experts say propofol is only used in hospitals."))
    assert [m.text for m in drug.mentions] == []
    names = analyzer.analyze(make_article(
        "British Prime Minister Theresa May said on Monday she may call an election. Condoleezza Rice said rice "
        "prices rose, and Rice left."))
    assert {m.actor_key for m in names.mentions} >= {"theresa may", "condoleezza rice"}


def test_review_cases_of_session_18_rules_keep_organisations_leaders_and_groups(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    # A review of the session's actor rules found each of these broken by a first version.
    mentions = analyzer.analyze(make_article(
        "The U.S. Coast Guard Cutter Resolute arrived. Coast Guard Rear Adm. Mary Landry spoke. Hosni Mubarak "
        "resigned on Friday. Protesters celebrated an end to the Hosni Mubarak regime. Two Marines were killed on "
        "Monday. The marines were on patrol. The Fort Worth Police Department said the suspect fled.")).mentions
    persons = {m.text for m in mentions if m.kind == "PERSON"}
    assert persons == {"Mary Landry", "Hosni Mubarak"}
    kinds = {m.text: m.kind for m in mentions}
    assert kinds["Marines"] == "GROUP" and kinds["Fort Worth Police Department"] == "ORG"


def test_us_before_an_organisation_is_one_actor_within_an_article_only(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    both = analyzer.analyze(make_article(
        "The U.S. Coast Guard said on Sunday that the Coast Guard would keep searching.")).mentions
    assert {m.actor_key for m in both if "Coast Guard" in m.text} == {"us coast guard"}
    bare = analyzer.analyze(make_article("Britain's Supreme Court ruled on Monday against the government.")).mentions
    assert [m.actor_key for m in bare if m.text == "Supreme Court"] == ["supreme court"]


def test_a_short_given_name_is_the_same_person(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    # A user test (BBC, Michael Jackson): "Edward Chernoff" and "Ed Chernoff" were two actors.
    def forms(first: str, second: str) -> bool:
        return forms_of_one_name(first.split(" "), second.split(" "))

    def in_one_article(first: str, second: str) -> bool:
        return forms_of_one_name(first.split(" "), second.split(" "), short_names=True)

    assert in_one_article("ed chernoff", "edward chernoff")
    assert in_one_article("bill clinton", "william jefferson clinton")
    assert not in_one_article("bill clinton", "hillary clinton") and not in_one_article("tom smith", "tim smith")
    assert not in_one_article("ted kennedy", "ed kennedy")  # two short forms of Edward: two people (a review)
    # Across articles a short form is another person: "Jim Brown" is not the stored James Brown (a review).
    assert not forms("jim brown", "james brown") and not forms("ed chernoff", "edward chernoff")
    keys = dict(_keys(analyzer, make_article, (
        "Lawyer Edward Chernoff said his client was innocent on Monday. Ed Chernoff later left the court.")))
    assert keys["Ed Chernoff"] == keys["Edward Chernoff"] == "edward chernoff"
    kin = dict(_keys(analyzer, make_article, (
        "Sen. Bob Casey spoke on Monday. His father, former Gov. Robert P. Casey, died in 2000.")))
    assert kin["Bob Casey"] != kin["Robert P. Casey"]  # where the article names kin, son and father stay two


def test_a_name_with_digits_is_no_person(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    # A user test (H1N1): the bird-flu strain H5N1 was listed among the story's people.
    text = "Health officials said H5N1 remains a threat. H5N1 killed 20 people in Egypt, John Smith said."
    actors = {a.key: a.kind for a in analyzer.analyze(make_article(text)).actors}
    assert "h5n1" not in actors and actors.get("john smith") == "PERSON"


def test_an_ex_title_keeps_its_ex(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    # A user test (BP): "ex-Democratic Senator Bob Graham" lost its "ex-", and was flagged against "former".
    text = "They are ex-Democratic Senator Bob Graham and former Republican environment chief William Reilly."
    roles = {a.key: a.roles for a in analyzer.analyze(make_article(text)).actors}
    assert roles["bob graham"] == ("ex-Democratic Senator",)


def test_pull_quote_marks_and_team_are_no_part_of_a_name(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    # A user test (BP): "End Quote Obama administration letter" filed a person "Quote Obama"; "Team Obama" another.
    text = ('"It is imperative BP provide all information," End Quote Obama administration letter. '
            "A lethargic Team Obama has delayed key decisions, Karl Rove wrote. President Barack Obama spoke.")
    keys = {a.key for a in analyzer.analyze(make_article(text)).actors if a.kind == "PERSON"}
    assert not {"quote obama", "team obama"} & keys


def test_a_verb_or_follow_call_opening_the_sentence_is_no_part_of_a_name(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    # A user test (PolNeAR feeds): "Entrusting Donald Trump" was a person, which then kept "Donald Trump" apart
    # from "Donald J. Trump" in the store (two full names of the surname); "Follow Jeff Poor on Twitter" another.
    text = ("I would certainly agree. Entrusting Donald Trump with our economic future is a risky proposition. "
            "Follow Jeff Poor on Twitter. Will Smith said he would attend the convention.")
    keys = {a.key for a in analyzer.analyze(make_article(text)).actors if a.kind == "PERSON"}
    assert {"donald trump", "jeff poor", "will smith"} <= keys
    assert not {"entrusting donald trump", "follow jeff poor"} & keys


def test_a_role_whose_clause_the_name_opens_is_not_the_persons_title(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    # A user test (campaign feeds): "The federal judge Trump was referring to" filed Trump as a judge.
    text = ("The federal judge Trump was referring to is Gonzalo Curiel. The Turkish President Recep Tayyip Erdogan "
            "said on Friday that talks would resume.")
    roles = {m.text: m.role for m in analyzer.analyze(make_article(text)).mentions if m.kind == "PERSON"}
    assert roles["Trump"] is None
    assert roles["Recep Tayyip Erdogan"] == "Turkish President"


def test_a_court_case_named_after_people_is_no_person(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    # A user test (campaign feeds): "Trump v. Trump" became a person holding 31 of Donald Trump's mentions.
    text = ("Donald Trump has long required confidentiality agreements. The restrictive language surfaced in a 1992 "
            "New York State Supreme Court case, Trump v. Trump, in which the couple tussled over the terms of their "
            "postnuptial agreement. Trump later said the agreements protect his business. Trump declined to comment.")
    keys = {m.actor_key for m in analyzer.analyze(make_article(text)).mentions}
    assert "trump v trump" not in keys and "donald trump" in keys


def test_a_relative_is_not_the_one_a_surname_alone_means(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A re-check (September 2016 coverage) found Barack Obama's quotes given to "first lady Michelle Obama", the only
    full name of the article, and Ted Cruz's to "his wife, Heidi" once she was named in full."""
    obama = ("President Obama and first lady Michelle Obama visited the museum on Saturday. Obama said the museum "
             "tells the story.")
    assert _keys(analyzer, make_article, obama) == [
        ("Obama", "obama"), ("Michelle Obama", "michelle obama"), ("Obama", "obama")]
    cruz = ("Sen. Ted Cruz endorsed Trump. Trump had attacked his wife, Heidi, and retweeted a photo of Heidi Cruz. "
            "Cruz said he would vote for Trump. Senator Cruz left.")
    assert [key for text, key in _keys(analyzer, make_article, cruz) if text in ("Cruz", "Heidi Cruz")] == [
        "heidi cruz", "ted cruz", "ted cruz"]
    # With no one else of the surname, the relative is who a surname alone means.
    alone = "First lady Michelle Obama visited a school. Obama said the children were great."
    assert _keys(analyzer, make_article, alone) == [("Michelle Obama", "michelle obama"), ("Obama", "michelle obama")]


def test_a_party_is_one_actor_by_any_of_its_names_and_its_nominee_no_mention_of_it(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """An audit of 2016 coverage found the Republican Party under four actors and Trump's "The Republican nominee"
    counted as the party."""
    text = (
        "Republicans in Congress and the GOP leadership met on Monday. "
        "The Republican Party said its convention would open in July. "
        "The Republican nominee told a rally that Democrats had failed. "
        "A Democrat from Ohio said the Democratic Party would win. "
        "Trump took to Twitter on Friday. The GOP said on Monday it would win. "
        "The GOP candidate spoke. The top Democrat on the panel objected. One Republican said no."
    )
    keys = [(m.actor_key, m.kind) for m in analyzer.analyze(make_article(text)).mentions]
    parties = {key for key, _ in keys if "party" in key}
    assert parties == {"republican party", "democratic party"}
    assert sum(key == "republican party" for key, _ in keys) == 4  # not "The Republican nominee"; "The GOP said" is
    assert sum(key == "democratic party" for key, _ in keys) == 2  # not "A Democrat from Ohio"
    assert ("twitter", "ORG") in keys  # a platform news is posted on, no person


def test_lower_case_words_and_an_opening_gerund_are_no_names(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """An audit found "Injecting Clinton" and "n't" among the actors."""
    text = "Injecting Clinton's marital troubles into the campaign is his latest effort. Irving Berlin wrote songs."
    keys = [m.actor_key for m in analyzer.analyze(make_article(text)).mentions]
    assert "injecting clinton" not in keys and "clinton" in keys
    assert "irving berlin" in keys  # a given name in "-ing" stays


def test_an_organisations_name_the_model_takes_for_a_person_is_an_organisation(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """An audit found "Patriot Coal" (44 mentions) and "John Birch Society" typed as people."""
    text = "Patriot Coal, one of the largest coal companies, filed for bankruptcy. The John Birch Society met Ted Cruz."
    kinds = {m.actor_key: m.kind for m in analyzer.analyze(make_article(text)).mentions}
    assert kinds["patriot coal"] == "ORG" and kinds["john birch society"] == "ORG" and kinds["ted cruz"] == "PERSON"


def test_a_form_of_address_tells_which_of_two_people_of_a_surname(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """An audit found "Mrs. Clinton" given to Bill Clinton, referred to last."""
    text = (
        "Former President Bill Clinton praised Hillary Clinton on Monday. "
        "Mr. Podesta chairs Mrs. Clinton's campaign. Mr. Clinton spoke later."
    )
    keys = [(m.text, m.actor_key) for m in analyzer.analyze(make_article(text)).mentions if m.text == "Clinton"]
    assert keys == [("Clinton", "hillary clinton"), ("Clinton", "bill clinton")]


def test_a_companys_first_word_alone_is_the_company(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A re-check: once "Patriot Coal" was an organisation, 38 "Patriot" mentions were a person of their own."""
    text = "Patriot Coal, one of the largest coal companies, filed for bankruptcy. Patriot said it would close mines."
    keys = {(m.text, m.actor_key, m.kind) for m in analyzer.analyze(make_article(text)).mentions}
    assert ("Patriot", "patriot coal", "ORG") in keys


def test_an_editions_country_code_is_no_part_of_a_name(analyzer: Analyzer, make_article: ArticleMaker) -> None:
    """A user test: an aggregator's "Reuters UK Obama: Government fully mobilized" made an actor "UK Obama"."""
    text = "Reuters UK Obama: Government fully mobilized on oil spill. President Barack Obama spoke on Friday."
    keys = {m.actor_key for m in analyzer.analyze(make_article(text)).mentions if m.kind == "PERSON"}
    assert "uk obama" not in keys and any("obama" in key for key in keys)


def test_a_party_word_describing_one_person_is_no_mention_of_the_party(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """A re-check: "a prominent New York Democrat", "his Democratic opponent, Hillary Clinton", "Democratic pollster
    Pat Caddell" and "a greedy Republican" were counted as the parties."""
    text = (
        "Charlie King, a prominent New York Democrat, said so. His Democratic opponent, Hillary Clinton, spoke. "
        "Democratic pollster Pat Caddell said it. He is a greedy Republican. Republican senators voted no. "
        "The Democrats won."
    )
    keys = [m.actor_key for m in analyzer.analyze(make_article(text)).mentions]
    assert keys.count("democratic party") == 1 and keys.count("republican party") == 1  # the plurals: the parties
    assert {"charlie king", "hillary clinton", "pat caddell"} <= set(keys)


def test_a_transcripts_speaker_labels_are_people_and_its_notes_no_actors(
    analyzer: Analyzer, make_article: ArticleMaker
) -> None:
    """A re-check of debate transcripts: "TRUMP:" was an organisation and "(CROSSTALK)" an actor."""
    text = "TRUMP: We will win. (CROSSTALK) CLINTON: No. [APPLAUSE] WALLACE: Thank you. NATO: The alliance met."
    kinds = {m.actor_key: m.kind for m in analyzer.analyze(make_article(text)).mentions}
    assert kinds.get("trump") == "PERSON" and kinds.get("wallace") == "PERSON"
    assert "crosstalk" not in kinds and "applause" not in kinds
    assert kinds.get("nato") != "PERSON"  # a headline's "NATO:", no surname
