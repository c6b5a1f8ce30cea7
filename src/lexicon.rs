//! Word lists shared by the stages: months, weekdays, function words, honorifics, role words,
//! speech verbs, organisation and place cue words, and the name lists in `data/`.
//!
//! Small closed lists are written here; the larger name lists are data files included at compile
//! time (their sources are in their first line and in NOTICE). Lookups take lower-case words
//! unless a function says otherwise.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A set of words from a fixed list.
pub type WordSet = HashSet<&'static str, BuildHasherDefault<WordHasher>>;
/// A map from the words of a fixed list.
pub type WordMap<V> = HashMap<&'static str, V, BuildHasherDefault<WordHasher>>;

/// The hash of the word lists' tables: eight bytes at a time, each mixed in with a rotate, an
/// exclusive or and one multiplication (the scheme of rustc's FxHash). The standard SipHash
/// guards a table whose keys an attacker chooses as it grows; these tables are built once from
/// Lede's own lists and only asked afterwards, so they need no guard, and asking them is a
/// large part of the analysis (SipHash took 9% of the native run's instructions).
#[derive(Default)]
pub struct WordHasher(u64);

impl WordHasher {
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.mix(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.mix(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 0),
    ("mon", 0),
    ("tuesday", 1),
    ("tue", 1),
    ("tues", 1),
    ("wednesday", 2),
    ("wed", 2),
    ("thursday", 3),
    ("thu", 3),
    ("thur", 3),
    ("thurs", 3),
    ("friday", 4),
    ("fri", 4),
    ("saturday", 5),
    ("sat", 5),
    ("sunday", 6),
    ("sun", 6),
];

/// Month number for a month name or abbreviation (`"oct."` too), lower-case.
pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    MONTHS.iter().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

/// Full month names only: "May" the month, not "may" the verb, is decided by the caller.
pub fn is_full_month(word: &str) -> bool {
    MONTHS
        .iter()
        .any(|(n, _)| *n == word && n.len() > 3 || word == "may")
}

/// Monday = 0 … Sunday = 6.
pub fn weekday(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').trim_end_matches(',');
    WEEKDAYS.iter().find(|(n, _)| *n == w).map(|&(_, d)| d)
}

/// Function words and the common words that begin sentences: never names on their own.
const FUNCTION_WORDS: &str = "a an the this that these those there here it its it's he she they them their theirs his her hers him we us our you your i me my mine who whom whose which what when where why how whether if then than so as at by for from in into of off on onto out over under up down to with without within about above across after against along among around before behind below beneath beside besides between beyond during except inside near past since through throughout till toward towards until upon via and or but nor yet also although though because while whereas however moreover meanwhile nevertheless nonetheless still instead otherwise therefore thus hence indeed perhaps maybe already again once even just only not no yes all any both each either neither every few many more most much none other others several some such own same too very can could may might must shall should will would do does did done is are was were be been being am has have had having get gets got let like unlike speaking asked according one two three four five six seven eight nine ten first second third last next new old many further another later earlier now today yesterday tomorrow tonight soon often never always sometimes despite following under amid per ms mr mrs dr after before please thanks thank welcome well oh hey dear sir madam note notes editor's update updated read see watch click subscribe sign share follow contact advertisement related photo image video source sources via whether whatever whoever whichever everyone everybody everything someone somebody something anyone anybody anything nobody nothing";

/// The words of a space-separated list, as a set made on first use.
fn word_set(cell: &'static OnceLock<WordSet>, words: &'static str) -> &'static WordSet {
    cell.get_or_init(|| words.split_whitespace().collect())
}

/// Short words common in English and rare in other languages written in the Latin alphabet
/// (no "in", "an", "was", "on", "die": German, French or Dutch use them too): their share of a
/// text's words tells English from the rest.
const ENGLISH_MARKERS: &str = "the of and to that for with is are by this from have has be it which not but were been their they would said he she his her can who at";

pub fn is_english_marker(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    word_set(&SET, ENGLISH_MARKERS).contains(word)
}

/// The same for other languages in the Latin alphabet (German, French, Spanish, Italian,
/// Portuguese, Dutch, Swedish, Czech, Polish), written in lower case; none is an English word
/// ("do", "a", "in" are left out).
const OTHER_LANGUAGE_MARKERS: &str = "der die und ist nicht mit sich auch für ein eine das dem den zu von auf wir sie es le la les des est une pour dans qui que pas sur au du et il elle nous vous el los las del por una con para se su al lo como más di che è per della sono non gli da os em um uma não com het een van en niet zijn op och att är som på jag inte av je že ale pro jsou jako jest się nie ze un une ein";

pub fn is_other_language_marker(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    word_set(&SET, OTHER_LANGUAGE_MARKERS).contains(word)
}

pub fn is_function_word(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    word_set(&SET, FUNCTION_WORDS).contains(word)
}

/// Honorifics and titles that precede a person's name, with the role they imply (if any).
const HONORIFICS: &[(&str, &str)] = &[
    ("mr", ""),
    ("mrs", ""),
    ("ms", ""),
    ("miss", ""),
    ("mx", ""),
    ("dr", ""),
    ("prof", ""),
    ("sir", ""),
    ("dame", ""),
    ("lord", ""),
    ("lady", ""),
    ("baroness", ""),
    ("rev", ""),
    ("reverend", ""),
    ("fr", ""),
    ("sen", "Sen."),
    ("senator", "Senator"),
    ("rep", "Rep."),
    ("representative", "Rep."),
    ("gov", "Gov."),
    ("governor", "Governor"),
    ("pres", "President"),
    ("president", "President"),
    ("gen", "Gen."),
    ("general", "General"),
    ("lt", "Lt."),
    ("col", "Col."),
    ("maj", "Maj."),
    ("capt", "Capt."),
    ("cpt", "Capt."),
    ("sgt", "Sgt."),
    ("cpl", "Cpl."),
    ("pvt", "Pvt."),
    ("adm", "Adm."),
    ("admiral", "Admiral"),
    ("cmdr", "Cmdr."),
    ("gen.", "Gen."),
    ("judge", "Judge"),
    ("justice", "Justice"),
    ("mayor", "Mayor"),
    ("rabbi", "Rabbi"),
    ("archbishop", "Archbishop"),
    ("bishop", "Bishop"),
    ("cardinal", "Cardinal"),
    ("imam", "Imam"),
    ("pastor", "Pastor"),
    ("pope", "Pope"),
    ("king", "King"),
    ("queen", "Queen"),
    ("prince", "Prince"),
    ("princess", "Princess"),
    ("sheikh", "Sheikh"),
    ("ayatollah", "Ayatollah"),
    ("chancellor", "Chancellor"),
    ("premier", "Premier"),
    ("speaker", "Speaker"),
    ("ambassador", "Ambassador"),
    ("commissioner", "Commissioner"),
    ("secretary", "Secretary"),
    ("minister", "Minister"),
    ("chairman", "Chairman"),
    ("chairwoman", "Chairwoman"),
    ("sheriff", "Sheriff"),
    ("attorney", ""),
    ("coach", "Coach"),
    ("officer", "Officer"),
    ("detective", "Detective"),
    // British police ranks, as the BBC writes them: "Det Insp", "Ch Supt", "DCI". (Not "PC":
    // "PC Pro" is a magazine.)
    ("det", "Det"),
    ("insp", "Insp"),
    ("inspector", "Inspector"),
    ("supt", "Supt"),
    ("superintendent", "Superintendent"),
    ("constable", "Constable"),
    ("dci", "DCI"),
    ("councilman", "Councilman"),
    ("councilwoman", "Councilwoman"),
    ("assemblyman", "Assemblyman"),
    ("assemblywoman", "Assemblywoman"),
    ("congressman", "Congressman"),
    ("congresswoman", "Congresswoman"),
    ("vice", ""),
    ("deputy", ""),
    ("prime", ""),
    ("chief", ""),
];

/// The role an honorific implies: `Some("")` for a plain honorific (Mr., Ms.), `None` when the
/// word is not an honorific. Takes the word as written, with or without its period.
pub fn honorific(word: &str) -> Option<&'static str> {
    let w = word.trim_end_matches('.').to_lowercase();
    HONORIFICS.iter().find(|(h, _)| *h == w).map(|&(_, r)| r)
}

/// Plain courtesy titles: they carry no role and mark the surname that follows.
pub fn is_courtesy_title(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_lowercase().as_str(),
        "mr" | "mrs" | "ms" | "miss" | "mx" | "dr" | "prof" | "sir" | "dame"
    )
}

/// Nouns that head a person's role: "national security adviser", "press secretary".
const ROLE_NOUNS: &str = "adviser advisor secretary minister spokesperson spokesman spokeswoman president vice-president chairman chairwoman chair director officer chief leader head commander general governor senator representative lawmaker congressman congresswoman mayor ambassador envoy diplomat official aide negotiator prosecutor attorney judge justice lawyer analyst economist professor researcher scientist expert author writer reporter correspondent editor columnist founder co-founder executive ceo cfo coo cto manager owner partner investor strategist consultant candidate nominee premier chancellor king queen prince princess princes princesses consort emperor pope cardinal bishop rabbi imam cleric spokesperson coordinator administrator commissioner inspector sheriff detective captain colonel lieutenant sergeant admiral marshal mp lawmaker speaker whip frontbencher backbencher treasurer deputy undersecretary under-secretary coach boss referee umpire skipper comedian prop flanker fly-half scrum-half player striker goalkeeper manager actor actress singer musician director producer president-elect chief-of-staff activist organizer campaigner physician doctor nurse surgeon pilot historian student teacher resident residents businessman businesswoman billionaire mogul tycoon magnate entrepreneur host anchor commentator pundit pollster frontrunner front-runner incumbent challenger hopeful contender defenseman defender forward goaltender goalie quarterback pitcher catcher winger midfielder batsman bowler jockey rookie ally speechwriter surrogate confidant confidante operative donor lobbyist staffer constituent alderman alderwoman councilman councilwoman councilmember councilor councillor assemblyman assemblywoman legislator delegate trustee supervisor comptroller selectman superintendent provost chaplain advocate golfer footballer cricketer swimmer sprinter athlete boxer cyclist gymnast skier wrestler rapper guitarist drummer bassist pianist violinist cellist composer dancer choreographer painter sculptor novelist poet playwright screenwriter filmmaker film-maker photographer architect designer chef star superstar journalist broadcaster presenter blogger critic publisher agent banker mep msp legend icon stalwart olympian paralympian";

/// Offices of the church and the peerage that name the one who holds them, with "of" and a
/// place: "the Archbishop of Canterbury", "the Duke of Edinburgh". No role before a name ("the
/// Archbishop of Westminster, Cardinal Cormac Murphy-O'Connor" names the cardinal after it).
const OFFICE_TITLES: &str = "archbishop duke duchess earl countess marquess marchioness viscount viscountess baron baroness";

pub fn is_office_title(word: &str) -> bool {
    OFFICE_TITLES.split_whitespace().any(|w| w == word)
}

pub fn is_role_noun(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    let set = word_set(&SET, ROLE_NOUNS);
    // "secretary-treasurer": a compound whose last part is a role.
    set.contains(word)
        || word
            .rsplit_once('-')
            .is_some_and(|(_, last)| set.contains(last))
}

/// People spoken of as a group, which say things without being anyone: "Police said",
/// "Witnesses told reporters". Singular forms; `is_group_noun` is asked for both.
const GROUP_NOUNS: &str = "police authority authorities trader buyer seller shopper consumer customer user fan commuter driver passenger patient witness resident critic source investigator protester supporter opponent voter observer organizer organiser scientist researcher diplomat doctor parent worker employee people family families neighbor neighbour citizen victim survivor relative friend colleague member staff staffer insider veteran soldier troop troops militant rebel fighter student teacher farmer";

/// Whether `word` (lower case, singular) names people as a group.
fn is_group_noun(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    word_set(&SET, GROUP_NOUNS).contains(word)
}

/// Whether `word` (lower case, singular or plural) names people by role or as a group, not by
/// name: "officials", "police", "witnesses", "spokesman".
pub fn is_people_noun(word: &str) -> bool {
    [Some(word), word.strip_suffix('s'), word.strip_suffix("es")]
        .into_iter()
        .flatten()
        .any(|w| is_role_noun(w) || is_group_noun(w))
}

/// A plural that names people by their trade, as no list can hold them all ("forecasters",
/// "paramedics", "demonstrators", "meteorologists"). A surname so spelt ("Sanders") is known
/// as a name by the time this is asked.
pub fn is_trade_plural(word: &str) -> bool {
    ["ers", "ors", "ists", "ians", "ics", "ants", "ents"]
        .iter()
        .any(|end| word.len() > end.len() + 3 && word.ends_with(end))
}

/// Words (singular) for someone who speaks unnamed, beyond roles and groups: kin, bystanders,
/// bodies ("the commission said") and writings ("the letter said", "the ruling states").
const SPEAKER_NOUNS: &str = "mother father wife husband son daughter sister brother grandmother grandfather aunt uncle cousin mom dad girlfriend boyfriend widow widower spouse fiancé fiancée neighbour neighbor bystander onlooker officer agent guard firefighter paramedic employee owner trooper deputie deputy prosecutor lawyer attorney official spokesperson representative person people man woman men women child children teen teenager boy girl villager local eyewitness announcer narrator questioner caller listener viewer reader user customer consumer subscriber shopper commenter poster tweeter author organiser organizer commission committee panel jury court agency department ministry company firm union campaign group government administration council organisation organization paper newspaper magazine broadcaster network bank club team party body watchdog regulator charity foundation institute university school hospital airline retailer carrier operator manufacturer maker insurer lender giant exchange broker supplier chain league federation association board authority corporation brand developer museum band channel station studio publisher statement letter ruling report book memo release filing complaint lawsuit indictment petition document email e-mail tweet ad advert clip video article piece study survey notice order decision opinion affidavit bylaw rule policy website note";

/// Whether `word` (lower case, singular) is in `SPEAKER_NOUNS`.
pub fn is_speaker_noun(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    word_set(&SET, SPEAKER_NOUNS).contains(word)
}

/// Verbs that introduce speech, as written (for the rarer ones only the past tense, as "press",
/// "quotes" or "answers" are more often nouns).
const SPEECH_VERBS: &str = "compare compared compares liken likened say said says saying tell told tells telling add added adds note noted notes state stated states write wrote writes written continue continued continues explain explained explains argue argued argues ask asked asks reply replied replies insist insisted insists warn warned warns claim claimed claims declare declared declares announce announced announces acknowledge acknowledged acknowledges admit admitted admits recall recalled recalls remark remarked remarks suggest suggested suggests tweet tweeted tweets post posted posts reiterate reiterated reiterates emphasize emphasized emphasizes emphasise emphasised stress stressed stresses concede conceded concedes counter countered counters respond responded responds observe observed observes predict predicted predicts promise promised promises vow vowed vows urge urged urges testify testified testifies confirm confirmed confirms deny denied denies complain complained complains conclude concluded concludes describe described describes call called calls quip quipped quips shout shouted shouts joke joked jokes exclaim exclaimed agree agreed agrees caution cautioned cautions allege alleged alleges assert asserted asserts maintain maintained maintains report reported reports estimate estimated estimates recount recounted explain explained mention mentioned mentions point pointed told charge charged charges contend contended contends believe believes believed think thinks thought worry worried worries fear feared fears hope hoped hopes barked interjected characterized characterised dubbed touted riffed retorted scoffed mocked lamented boasted bragged mused wondered pledged proclaimed labeled labelled termed branded praised lauded blasted slammed criticized criticised decried demanded echoed chimed fumed groused hinted implored lectured opined pleaded ranted reminded snapped surmised teased thundered yelled answered recommended concurred quoted cited advised assured informed pressed adding noting writing arguing asking insisting warning claiming declaring explaining calling describing interjecting quipping joking charging boasting complaining stressing urging tweeting yelling shouting sang sings answers beamed gushed sighed muttered whispered grumbled marveled marvelled scolded labeling labelling branding dubbing terming comment commented comments commenting reckon reckons reckoned recalling conceding predicting announcing confirming";

pub fn is_speech_verb(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    word_set(&SET, SPEECH_VERBS).contains(word)
}

/// The last word of an organisation's name often says it is one.
const ORG_CUES: &str = "agency administration association chamber infirmary clinic hospice guild authority bank board bureau caucus center centre church coalition college commission committee company congress corporation corp corp. co co. council court department directorate federation forces force foundation front fund government group guard hospital house inc inc. institute institution league ltd ltd. ministry movement network office organisation organization parliament party police press regiment school senate service services society times post journal news tribune herald gazette telegraph guardian union university army navy club team airlines airways bank labs laboratories systems technologies industries holdings partners capital media group trust cabinet assembly secretariat brigade brigades battalion division command council unit squad network consortium alliance bloc endowment program programme initiative project studies robotics aerospace productions suites motors pharmaceuticals therapeutics entertainment records pictures electronics logistics communications ventures design embassy academy blog register showroom comics studios publishing publishers books interactive software airline railways railway wireless telecom telecommunications energy petroleum mining opera ballet orchestra philharmonic pharma fellowship conservatory conservatoire seminary brewery breweries brewers distillery distillers films museum";

/// Last words of names that are no actor's: laws, plans, events, prizes, works, monuments.
const NON_ACTOR_CUES: &str = "act acts bill bills amendment amendments plan agreement agreements treaty accord accords protocol doctrine war wars prize prizes award awards cup games olympics paralympics open championship championships trophy tournament series festival show day days week weekend month year era crisis summit election elections debate debates convention conventions monument memorial rim initiative forum race tour slam slams marathon grand-prix death plague holocaust famine pandemic epidemic depression recession revolution uprising";

pub fn is_non_actor_cue(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    word_set(&SET, NON_ACTOR_CUES).contains(word)
}

/// Capitalised abbreviations that name no organisation: titles, honours, things, measures.
const NON_ORG_ACRONYMS: &str = "icu icus er ceo cfo coo cto cio dvd dvds cd cds tv pc pcs ok id ids fdi gdp gnp obe mbe cbe kbe mep meps mp mps ai it hiv aids dna rna faq pdf usb gps suv suvs ipo ipos vat pr hr iq vip vips atm atms sms mri lcd led cctv dj ps mvp rpg xp os ev evs awd rwd fwd hvac usb usb-c leds oled gt gti cpu gpu ram ssd api apis url urls html css sdk ios ui ux vr ar lte nfc hdmi mph kph rpm kwh kw hp est edt cst cdt mst mdt pst pdt gmt utc bst cet am pm bc ad phd mba ba bsc ma msc md rn lgbt lgbtq diy faqs pt pdfs mp3 wltp usd gbp eur jpy cny rmb chf cad aud inr rrp msrp drm iptv psx fm ds pe mc hd dab wifi wi-fi voip rfid sim gsm lan wan vpn isp isps p2p ppi cpi rpi gcse gcses asbo asbos qc mot hgv ppe pin ufo ufos sars mrsa bse adhd ptsd covid tba eta rsvp asap fyi omg ppv dslr vhs wap mms umts 3g 4g 5g msp msps mla mlas kc cdma hpv cpm ctr cpc roi kpi kpis seo wtf lol tl dr imo btw ecg ekg eeg ct pet xau rtb st awol dvi vj psp";

/// Whether an all-capitals word names no organisation: a known non-organisation abbreviation,
/// or an ordinary word set in capitals ("LETTERS", "BREAKING").
pub fn is_non_org_capitals(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    let set = word_set(&SET, NON_ORG_ACRONYMS);
    let l = word.to_lowercase();
    // ("A.M.", "P.M.": the periods are the abbreviation's.)
    let bare: String = l.chars().filter(|&c| c != '.').collect();
    set.contains(l.as_str())
        || set.contains(l.trim_end_matches('s'))
        || (bare.len() < l.len() && set.contains(bare.as_str()))
        || (word.chars().count() >= 4 && is_common_word(&l))
        || word.chars().any(|c| c.is_ascii_digit())
        // "INTIMIDATING", "FRONT-RUNNER", "UNDISPUTED": a shouted word, not a name.
        || (!word.contains(' ')
            && !word.chars().any(char::is_lowercase)
            && ((word.chars().count() >= 7
                && ["ing", "ed", "ly", "ness", "tion"].iter().any(|end| l.ends_with(end)))
                || (l.contains('-')
                    && l.split('-').all(|part| part.len() >= 2 && is_common_word(part)))))
}

pub fn is_org_cue(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    // "News-Register", "Herald-Tribune": a newspaper's joined name ends in the cue.
    let set = word_set(&SET, ORG_CUES);
    set.contains(word)
        || word
            .rsplit_once('-')
            .is_some_and(|(head, tail)| head.len() >= 3 && set.contains(tail))
}

/// The last word of a place's name often says it is one.
const PLACE_CUES: &str = "city county state province region district island islands strip bank valley river mountains mountain mount lake sea ocean gulf bay coast peninsula desert border crossing street avenue square park boulevard road airport port harbor harbour heights hills village town strait straits territory territories republic kingdom emirates canal bridge station camp springs falls beach creek drive lane place st ave blvd rd terrace plateau stadium arena theatre theater pavilion auditorium palace cathedral abbey castle tower plaza mall gardens highlands lowlands midlands prairies maritimes alps rockies riviera";

/// A building's or a site's word that ends a name ("Prince Edward Theatre", "King Fahd
/// Stadium"): the name is the place's, even when a title or a person's name opens it.
pub fn is_building_word(word: &str) -> bool {
    matches!(
        word,
        "stadium"
            | "arena"
            | "theatre"
            | "theater"
            | "pavilion"
            | "auditorium"
            | "airport"
            | "bridge"
            | "station"
            | "tower"
            | "plaza"
            | "mall"
            | "gardens"
            | "island"
    )
}

pub fn is_place_cue(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    word_set(&SET, PLACE_CUES).contains(word)
}

/// First names from the US Census name files (`data/first-names.txt`), with the sex the Census
/// counted each mostly for (`None` for names given to both): the file lists them in parts
/// headed "# men", "# women" and "# both".
fn first_names() -> &'static WordMap<Option<Sex>> {
    static MAP: OnceLock<WordMap<Option<Sex>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut sex = None;
        front_coded(include_str!(concat!(env!("OUT_DIR"), "/first-names.coded")))
            .lines()
            .filter_map(|l| {
                match l {
                    "# men" => sex = Some(Sex::Male),
                    "# women" => sex = Some(Sex::Female),
                    "# both" => sex = None,
                    _ => {}
                }
                (!l.starts_with('#')).then_some((l, sex))
            })
            .collect()
    })
}

/// Whether `word` (lower case) is a common English word ("quiet", "cup", "act"): SCOWL's most
/// common words.
pub fn is_common_word(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        front_coded(include_str!(concat!(
            env!("OUT_DIR"),
            "/common-words.coded"
        )))
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect()
    })
    .contains(word)
}

/// A word list as build.rs front-coded it, read back whole, one word (or "#" heading) a line:
/// each word's first character says how many characters it shares with the word before ('0'
/// for none), the rest is what is new; a heading is kept as it is and the next word starts
/// afresh. Read once per list, and kept for the program's life as the lists' sets are.
fn front_coded(coded: &'static str) -> &'static str {
    let mut words = String::with_capacity(coded.len() * 2);
    let mut word = String::new();
    for line in coded.lines() {
        let mut chars = line.chars();
        match chars.next() {
            Some('#') | None => {
                words.push_str(line);
                word.clear();
            }
            Some(digit) => {
                let shared = (digit as usize).saturating_sub('0' as usize);
                let end = word
                    .char_indices()
                    .nth(shared)
                    .map_or(word.len(), |(i, _)| i);
                word.truncate(end);
                word.push_str(chars.as_str());
                words.push_str(&word);
            }
        }
        words.push('\n');
    }
    Box::leak(words.into_boxed_str())
}

/// Whether `word` (lower case) is a common word that is also a common surname ("brown").
pub fn is_surname_word(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../data/surname-words.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect()
    })
    .contains(word)
}

/// Whether `word` is a common first name. Case as written.
pub fn is_first_name(word: &str) -> bool {
    first_names().contains_key(word)
}

/// Male or female, for "he" and "she".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sex {
    Male,
    Female,
}

/// The sex a first name is mostly given to: "John" → male, "Karine" → female, "Jamie" → none.
pub fn first_name_sex(word: &str) -> Option<Sex> {
    first_names().get(word).copied().flatten()
}

/// Nationality and group adjectives (`data/demonyms.txt`). Case as written.
pub fn is_demonym(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../data/demonyms.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(|l| l.split_whitespace())
            .collect()
    })
    .contains(word)
}

/// A gazetteer: every name and alias maps to its canonical name.
pub struct Gazetteer {
    pub canonical: WordMap<&'static str>,
}

fn load_gazetteer(text: &'static str) -> Gazetteer {
    let mut canonical = WordMap::default();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let mut names = line.split(" = ").map(str::trim);
        let Some(main) = names.next() else { continue };
        canonical.insert(main, main);
        for alias in names {
            canonical.insert(alias, main);
        }
    }
    Gazetteer { canonical }
}

/// The US states' (and Washington, D.C.'s) two-letter postal codes. Read as places only after
/// a town and a comma ("Gladstone, NJ"): alone, "PA", "OR" and "IN" are other things.
const US_POSTAL_CODES: &[(&str, &str)] = &[
    ("AL", "Alabama"),
    ("AK", "Alaska"),
    ("AZ", "Arizona"),
    ("AR", "Arkansas"),
    ("CA", "California"),
    ("CO", "Colorado"),
    ("CT", "Connecticut"),
    ("DE", "Delaware"),
    ("DC", "Washington"),
    ("FL", "Florida"),
    ("GA", "Georgia"),
    ("HI", "Hawaii"),
    ("ID", "Idaho"),
    ("IL", "Illinois"),
    ("IN", "Indiana"),
    ("IA", "Iowa"),
    ("KS", "Kansas"),
    ("KY", "Kentucky"),
    ("LA", "Louisiana"),
    ("ME", "Maine"),
    ("MD", "Maryland"),
    ("MA", "Massachusetts"),
    ("MI", "Michigan"),
    ("MN", "Minnesota"),
    ("MS", "Mississippi"),
    ("MO", "Missouri"),
    ("MT", "Montana"),
    ("NE", "Nebraska"),
    ("NV", "Nevada"),
    ("NH", "New Hampshire"),
    ("NJ", "New Jersey"),
    ("NM", "New Mexico"),
    ("NY", "New York"),
    ("NC", "North Carolina"),
    ("ND", "North Dakota"),
    ("OH", "Ohio"),
    ("OK", "Oklahoma"),
    ("OR", "Oregon"),
    ("PA", "Pennsylvania"),
    ("RI", "Rhode Island"),
    ("SC", "South Carolina"),
    ("SD", "South Dakota"),
    ("TN", "Tennessee"),
    ("TX", "Texas"),
    ("UT", "Utah"),
    ("VT", "Vermont"),
    ("VA", "Virginia"),
    ("WA", "Washington State"),
    ("WV", "West Virginia"),
    ("WI", "Wisconsin"),
    ("WY", "Wyoming"),
];

/// The US state a two-letter postal code stands for: "NJ" → "New Jersey".
pub fn us_state_by_postal_code(code: &str) -> Option<&'static str> {
    US_POSTAL_CODES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, state)| *state)
}

pub fn places() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| load_gazetteer(include_str!("../data/places.txt")))
}

/// Whether a place's name (or alias) is a country's, a nation's, a continent's or a region's
/// ("England", "Britain", "Europe", "West Lothian"): the places before the US states in
/// `data/places.txt`, and its first-level regions. Their sports teams are written as the
/// place ("England coach") and stay places; a city's club ("Newcastle striker") is an
/// organisation.
pub fn is_nation_or_region(name: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    let set = SET.get_or_init(|| {
        let text = include_str!("../data/places.txt");
        let nations = text
            .lines()
            .skip_while(|l| l.starts_with('#'))
            .take_while(|l| !l.starts_with('#'));
        let regions = text
            .lines()
            .skip_while(|l| !l.starts_with("# First-level regions"))
            .filter(|l| !l.starts_with('#'));
        nations
            .chain(regions)
            .filter_map(|l| l.split(" = ").next())
            .map(str::trim)
            .collect()
    });
    places()
        .canonical
        .get(name)
        .is_some_and(|canonical| set.contains(canonical))
}

/// Whether a name is a sports club's that reads as a town's or an ordinary word's
/// (`data/clubs.txt`): "Newcastle", "Barcelona", "Wasps".
pub fn is_club(name: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../data/clubs.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect()
    })
    .contains(name)
}

/// Whether a name is, or opens with, the title of a well-known work or product
/// (`data/works.txt`): "Tomb Raider", "Star Wars Jedi", "Alexa". Case as written.
pub fn is_work_title(name: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    let set = SET.get_or_init(|| {
        include_str!("../data/works.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect()
    });
    set.contains(name)
        || name
            .match_indices(' ')
            .any(|(at, _)| set.contains(&name[..at]))
}

pub fn organizations() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| load_gazetteer(include_str!("../data/organizations.txt")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_answer() {
        assert_eq!(month("oct."), Some(10));
        assert_eq!(weekday("tuesday"), Some(1));
        assert!(is_function_word("however"));
        assert_eq!(honorific("Sen."), Some("Sen."));
        assert!(is_courtesy_title("Ms."));
        assert!(is_first_name("Karine") && is_first_name("John"));
        // From the hand-made supplement to the Census list.
        assert!(is_first_name("Newt") && is_first_name("Volodymyr"));
        assert_eq!(first_name_sex("John"), Some(Sex::Male));
        assert_eq!(first_name_sex("Karine"), Some(Sex::Female));
        assert_eq!(first_name_sex("Hillary"), Some(Sex::Female));
        assert_eq!(first_name_sex("Jamie"), None);
        assert!(is_demonym("Israeli"));
        assert_eq!(places().canonical.get("U.S."), Some(&"United States"));
        assert_eq!(
            organizations().canonical.get("U.N."),
            Some(&"United Nations")
        );
    }

    #[test]
    fn the_front_coded_lists_read_back_as_written() {
        // Every first name with the sex of the last part that lists it, and no other name.
        let mut sex = None;
        let mut expected = std::collections::HashMap::new();
        for line in include_str!("../data/first-names.txt").lines() {
            match line {
                "# men" => sex = Some(Sex::Male),
                "# women" => sex = Some(Sex::Female),
                "# both" => sex = None,
                _ if line.starts_with('#') || line.is_empty() => {}
                name => {
                    expected.insert(name, sex);
                }
            }
        }
        let names = first_names();
        assert_eq!(names.len(), expected.len());
        assert!(expected
            .iter()
            .all(|(name, sex)| names.get(name) == Some(sex)));
        assert_eq!(names.get("Étienne"), Some(&Some(Sex::Male)));
        // The common words, in order, and nothing else.
        let written: Vec<&str> = include_str!("../data/common-words.txt")
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        let read: Vec<&str> = front_coded(include_str!(concat!(
            env!("OUT_DIR"),
            "/common-words.coded"
        )))
        .lines()
        .collect();
        assert_eq!(read, written);
    }

    #[test]
    fn the_word_hash_finds_every_word_of_every_length_and_no_other() {
        let words: Vec<&str> = include_str!("../data/common-words.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect();
        // Words of 2 to 16 bytes end at every place in the hash's eight-byte steps.
        for len in 2..=16 {
            assert!(
                words.iter().any(|w| w.len() == len),
                "no word of {len} bytes"
            );
        }
        assert!(words.iter().all(|w| is_common_word(w)));
        // And tells them apart: no two words share a hash (a lost tail would make "abandon"
        // and "abandoned" one).
        let hashes: HashSet<u64> = words
            .iter()
            .map(|w| {
                std::hash::BuildHasher::hash_one(&BuildHasherDefault::<WordHasher>::default(), w)
            })
            .collect();
        assert_eq!(hashes.len(), words.len());
        // A word that shares a list word's first eight bytes, or is one with a byte more.
        assert!(!is_common_word("governmentx") && is_common_word("government"));
        assert!(!is_common_word("quiet\0"));
    }
}
