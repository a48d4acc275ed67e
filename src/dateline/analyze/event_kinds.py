"""PLOVER event kinds from verbs, phrasal verbs and event nouns.

Sixteen PLOVER categories plus STATEMENT (speech acts) and OTHER. A clause's kind comes from, in
order: a phrasal verb ("call for", "rule out"), the event noun of a light verb ("held talks",
"gave a deadline", "took place" with "talks" as subject), the verb itself, then the object noun of a
statement verb ("expressed gratitude").
"""

from __future__ import annotations

PLOVER_KINDS = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
EVENT_KINDS = (*PLOVER_KINDS, "STATEMENT", "OTHER")


def _words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string, to keep long word lists readable."""
    return frozenset(text.split())


def _table(groups: dict[str, str]) -> dict[str, str]:
    """Expand {kind: "word word ..."} into {word: kind}."""
    return {word: kind for kind, words in groups.items() for word in words.split()}


VERB_KINDS = _table(
    {
        "AGREE": "agree sign accept approve ratify settle pledge promise commit endorse consent vow",
        "CONSULT": "meet discuss negotiate consult confer host visit tour telephone phone mediate convene "
        "speak_with speak_by talk_with talk_by hold_talks",
        "SUPPORT": "support praise welcome thank commend congratulate back defend apologize apologise "
        "applaud hail recognize recognise",
        "CONCEDE": "concede yield ease lift relax compromise surrender resign allow permit grant "
        "pardon free",
        "COOPERATE": "cooperate collaborate coordinate partner ally normalize normalise facilitate "
        "extradite exchange swap share",
        "AID": "aid help assist provide supply donate deliver fund finance rescue evacuate hand_over contribute",
        "RETREAT": "retreat withdraw demobilize demobilise disarm pull_out pull_back repatriate",
        "REQUEST": "request ask appeal urge demand propose suggest invite plead seek press insist "
        "call_for push_for pressure push",
        "ACCUSE": "accuse blame condemn criticize criticise denounce charge allege investigate probe "
        "sue summon indict decry slam complain",
        "REJECT": "reject refuse decline deny dismiss veto oppose boycott defy resist rebuff "
        "rule_out renege",
        "THREATEN": "threaten warn menace vow_to swear",
        "PROTEST": "protest demonstrate rally march riot picket strike_against",
        "SANCTION": "sanction embargo expel suspend freeze ban restrict cut_off halt",
        "MOBILIZE": "mobilize mobilise deploy mass station reinforce recruit train alert",
        "COERCE": "arrest detain seize confiscate deport censor raid blockade annex occupy jail "
        "imprison demolish kidnap abduct outlaw prevent hack expel_from",
        "ASSAULT": "attack kill bomb shell strike shoot invade assault fire wound massacre "
        "devastate destroy torture assassinate bombard storm capture retake abuse beat explode",
        "STATEMENT": "say tell state announce report note add emphasize emphasise stress claim comment "
        "express describe confirm declare write argue explain insist_that acknowledge reiterate "
        "cite mention remark",
    }
)

NOUN_KINDS = _table(
    {
        "AGREE": "agreement deal accord treaty pact ceasefire truce memorandum consensus",
        "CONSULT": "talks negotiations negotiation meeting summit consultations call conversation visit "
        "round dialogue discussions discussion contacts mediation",
        "SUPPORT": "support gratitude praise endorsement",
        "CONCEDE": "concession concessions release",
        "COOPERATE": "cooperation exchange exchanges swap swaps partnership",
        "AID": "aid assistance drones weapons help supplies dollars money funds loan loans grant",
        "RETREAT": "withdrawal retreat pullout",
        "REQUEST": "request demand demands proposal appeal plea",
        "ACCUSE": "accusation accusations criticism condemnation investigation probe lawsuit lawsuits",
        "REJECT": "rejection refusal veto",
        "THREATEN": "threat threats warning ultimatum deadline",
        "PROTEST": "protest protests demonstration demonstrations rally rallies march marches sit-in",
        "SANCTION": "sanctions sanction tariffs tariff embargo ban",
        "MOBILIZE": "mobilization mobilisation deployment buildup troops forces reinforcements",
        "COERCE": "arrest arrests detention annexation occupation blockade crackdown curfew restrictions "
        "martial",
        "ASSAULT": "invasion attack attacks strike strikes airstrike offensive bombing shelling assault "
        "war",
    }
)

# Verbs whose meaning lies in their object or subject noun.
LIGHT_VERBS = _words(
    "take hold have reach launch give impose issue make conduct begin start open resume continue "
    "organize organise secure host stage wage pave complete join send deliver reimpose tighten extend "
    "lodge mount undertake renew strengthen file"
)

# Verbs that pass their meaning to an infinitive complement ("aims to secure", "continues to demand").
ASPECTUAL_VERBS = _words("continue begin start keep resume")
INTENT_VERBS = _words("aim plan intend hope want expect prepare work try schedule attempt")
INTENT_ADJECTIVES = _words("prepared ready willing set due scheduled expected likely poised")

PROPOSAL_VERBS = _words("propose suggest offer urge recommend invite call_for push_for")
SPEECH_VERBS = _words(
    "say tell state announce report note add emphasize emphasise stress claim comment describe confirm "
    "declare write argue explain acknowledge reiterate insist warn"
)


# Verbs of an assault when something is exploded or a weapon goes off, of an accident otherwise.
_ACCIDENT_VERBS = frozenset({"explode"})
_WEAPON_NOUNS = _words(
    "bomb bombs device devices grenade grenades mine mines shell shells missile missiles rocket rockets "
    "explosive explosives ied ieds bomber bombers charge charges mortar mortars warhead drone drones"
)


# Natural hazards and diseases strike, hit and kill without assaulting anyone: "the earthquake struck west of
# Port-au-Prince" (a user test found Haiti's earthquake as an assault).
# Not "fire", "wave" or "outbreak": "tank fire killed two", "a wave of bombings killed 60" are assaults.
HAZARD_NOUNS = _words(
    "earthquake quake tremor aftershock storm hurricane typhoon cyclone tornado twister flood flooding tsunami "
    "blaze wildfire bushfire avalanche landslide mudslide eruption volcano heatwave drought lightning "
    "rain snow blizzard virus flu influenza disease epidemic pandemic infection illness cancer"
)


def kind_of(predicate: str, object_noun: str | None, subject_noun: str | None) -> str:
    """The event kind of a clause from its predicate lemma (``call_for`` style for phrasal verbs)."""
    if predicate in LIGHT_VERBS:
        for noun in (object_noun, subject_noun):
            if noun is not None and noun in NOUN_KINDS:
                return NOUN_KINDS[noun]
    if predicate in _ACCIDENT_VERBS and object_noun is None and subject_noun not in _WEAPON_NOUNS:
        return "OTHER"  # "the rig exploded": an accident, not an assault ("a bomb exploded" still is one)
    kind = VERB_KINDS.get(predicate)
    if kind is None and "_" in predicate:
        kind = VERB_KINDS.get(predicate.split("_", 1)[0])
    if kind is None and predicate in LIGHT_VERBS:
        return "OTHER"
    if kind == "STATEMENT" and object_noun in NOUN_KINDS and predicate not in SPEECH_VERBS:
        return NOUN_KINDS[object_noun or ""]
    if kind == "ASSAULT" and subject_noun in HAZARD_NOUNS:
        return "OTHER"
    return kind or "OTHER"
