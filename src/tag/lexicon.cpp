#include "tag/lexicon.hpp"

#include "tag/token_hash.hpp"

namespace argmine::detail::lexicon {

#define ARGMINE_LEXICON(fn, ...)    \
  const HashSet& fn() {             \
    static const HashSet s{__VA_ARGS__}; \
    return s;                       \
  }

ARGMINE_LEXICON(contentious_verbs, "argue", "argues", "argued", "arguing", "claim", "claims", "claimed", "claiming",
                "contend", "contends", "contended", "contending", "insist", "insists", "insisted", "insisting",
                "maintain", "maintains", "maintained", "assert", "asserts", "asserted", "worry", "worries",
                "worried", "fear", "fears", "feared", "warn", "warns", "warned", "warning", "accuse", "accuses",
                "accused", "complain", "complains", "complained", "object", "objects", "objected", "charge",
                "charges", "charged", "allege", "alleges", "alleged", "believe", "believes", "believed", "think",
                "thinks", "thought", "predict", "predicts", "predicted", "demand", "demands", "demanded", "want",
                "wants", "wanted", "counter", "counters", "countered", "retort", "retorts", "protest", "protests",
                "protested", "lament", "laments", "lamented", "dismiss", "dismisses", "dismissed", "doubt",
                "doubts", "doubted", "deny", "denies", "denied", "suggest", "suggests", "suggested", "hope",
                "hopes", "hoped", "urge", "urges", "urged", "push", "pushes", "pushed", "blame", "blames",
                "blamed", "question", "questions", "questioned", "reject", "rejects", "rejected", "oppose",
                "opposes", "opposed", "fret", "frets", "fretted", "grumble", "grumbles", "howl", "scoff", "scoffs",
                "caution", "cautions", "cautioned", "contend", "say", "says", "said", "saying",
                // The "-ing" forms, for a participle or a progressive that reports ("..., predicting that ...",
                // "Democrats are complaining that ..."): the report-verb pass sees only the words of these lists.
                // Not "pushing" and "charging", which push back and charge fees far more often than they report;
                // nor the attitudes ("hoping", "fearing", "believing", "thinking", "wanting", "worrying",
                // "doubting"): "Pelosi had resisted ..., fearing the harm", "Baghdad asked Syria ..., hoping that
                // ..." give a motive the author reads in, not what the subject said (Webis labels them assumptions).
                "maintaining", "asserting", "accusing", "complaining", "objecting", "alleging", "predicting",
                "demanding", "countering", "retorting", "protesting", "lamenting", "dismissing", "denying",
                "suggesting", "urging", "blaming", "questioning", "rejecting", "opposing", "fretting", "grumbling",
                "scoffing", "cautioning")
ARGMINE_LEXICON(neutral_verbs, "say", "says", "said", "note", "notes", "noted", "noting", "report", "reports",
                "reported", "find", "finds", "found", "show", "shows", "showed", "shown", "explain", "explains",
                "explained", "observe", "observes", "observed", "wrote", "testify",
                "testified", "estimate", "estimates", "estimated", "conclude", "concludes", "concluded", "add",
                "adds", "added", "tell", "tells", "told", "describe", "describes", "described", "acknowledge",
                "acknowledges", "acknowledged", "announce", "announces", "announced", "confirm", "confirms",
                "confirmed", "point", "points", "pointed", "put", "puts",
                "projects", "projected", "calculated", "calculates", "documented", "documents",
                // (the "-ing" forms, as for the contentious verbs; "saying" is neutral as "said" is)
                "saying", "reporting", "finding", "showing", "explaining", "observing", "writing", "testifying",
                "estimating", "concluding", "adding", "telling", "describing", "acknowledging", "announcing",
                "confirming", "pointing", "putting", "projecting", "documenting")  // (not "calculating", an attitude too)
ARGMINE_LEXICON(report_verbs, "argue", "argues", "argued", "arguing", "claim", "claims", "claimed", "contend",
                "contends", "contended", "insist", "insists", "insisted", "maintain", "maintains", "maintained",
                "assert", "asserts", "asserted", "worry", "worries", "worried", "fear", "fears", "feared", "warn",
                "warns", "warned", "accuse", "accuses", "accused", "complain", "complains", "complained",
                "object", "objects", "objected", "allege", "alleges", "alleged", "believe", "believes", "believed",
                "predict", "predicts", "predicted", "counter", "counters", "countered", "suggest", "suggests",
                "suggested", "say", "says", "said", "note", "notes", "noted", "noting", "report", "reports",
                "reported", "find", "finds", "found", "show", "shows", "showed", "explain", "explains", "explained",
                "observe", "observes", "observed", "write", "writes", "wrote", "testify", "testified", "estimate",
                "estimates", "estimated", "conclude", "concludes", "concluded", "told", "tells", "acknowledge",
                "acknowledged", "announced", "confirmed", "lament", "laments", "lamented", "doubt", "doubts",
                "deny", "denies", "denied", "dismiss", "dismisses", "dismissed", "protest", "protests",
                "protested", "urge", "urges", "urged", "caution", "cautions", "cautioned", "fret", "frets",
                "fretted", "projects", "projected", "hope", "hopes", "demand", "demands", "demanded", "blame",
                "blames", "blamed", "think", "thinks", "reject", "rejects", "rejected", "question", "questioned",
                "wonder", "wonders", "wondered",
                // (neutral, and only before a clause: clause_report_verbs)
                "stressed", "stresses", "emphasized", "emphasizes", "speculated", "speculates", "reasoned",
                "posited", "mused")
// Neutral report verbs that report only a clause or a quotation, or close a speech tag (reports_nothing checks
// what follows them): "stressed that", not "stressed out". (Listed in report_verbs too, for the grammars.)
ARGMINE_LEXICON(clause_report_verbs, "stressed", "stresses", "emphasized", "emphasizes", "speculated", "speculates",
                "reasoned", "posited", "mused")
ARGMINE_LEXICON(finding_verbs, "find", "finds", "found", "show", "shows", "showed", "shown", "report", "reports",
                "reported", "estimate", "estimates", "estimated", "conclude", "concludes", "concluded", "projects",
                "projected", "calculated", "calculates", "documented", "documents", "confirmed", "confirms")
ARGMINE_LEXICON(expert_nouns, "economists", "economist", "experts", "expert", "researchers", "researcher", "scholars",
                "scholar", "historians", "historian", "scientists", "scientist", "analysts", "analyst", "doctors",
                "physicians", "academics", "professors", "professor", "engineers", "engineer", "statisticians",
                "demographers", "epidemiologists", "study", "studies", "survey", "surveys", "poll", "polls",
                "report", "analysis", "audit", "commission", "office", "bureau", "agency", "department",
                "university", "institute", "center", "centre", "board", "committee", "court", "official",
                "officials", "director", "spokesman", "spokeswoman", "spokesperson", "clerk", "sergeant", "judge",
                "authorities", "police", "investigators", "prosecutors", "sources", "witnesses",
                // (people who saw it or know the person first hand: what they tell is testimony, as a witness's is)
                "eyewitnesses", "bystanders", "onlookers", "neighbors", "neighbours", "relatives", "classmates")
ARGMINE_LEXICON(opposition_nouns, "critics", "critic", "opponents", "opponent", "skeptics", "sceptics", "skeptic",
                "detractors", "naysayers", "doubters", "cynics", "foes", "adversaries", "rivals", "purists",
                "hardliners", "hawks", "doves", "deniers", "alarmists", "pessimists", "optimists", "dissenters",
                "holdouts", "dead-enders", "diehards")
// Groups whose bare name opens an attribution rule ("Supporters say", "Economists argue") ...
#define ARGMINE_OPENING_GROUP_NOUNS                                                                               \
  "supporters", "proponents", "advocates", "backers", "allies", "defenders", "boosters", "fans", "loyalists",     \
      "partisans", "conservatives", "liberals", "progressives", "moderates", "centrists", "republicans",          \
      "democrats", "economists", "experts", "analysts", "pundits", "commentators", "observers", "insiders",       \
      "activists", "leaders", "lawmakers", "legislators", "politicians", "officials", "voters", "people",         \
      "americans", "members", "parents", "teachers", "residents", "businesses", "owners", "executives", "unions", \
      "groups", "industry", "lobbyists", "strategists", "operatives", "staffers", "aides", "donors",              \
      "establishment", "everyone", "folks", "reactionaries", "libertarians", "socialists", "populists",          \
      "nationalists", "globalists", "evangelicals", "feminists", "environmentalists", "isolationists",            \
      "interventionists", "neoconservatives", "neocons", "leftists", "traditionalists", "originalists"
ARGMINE_LEXICON(opening_group_nouns, ARGMINE_OPENING_GROUP_NOUNS)
// ... and all groups, these too after a determiner or a possessive ("the Clinton camp", "Mr. Scott's
// administration"). A bare "Senators say" is left to the report-verb pass, which takes the words before
// ("Two Republican senators", "Medical professionals and governors").
ARGMINE_LEXICON(group_nouns, ARGMINE_OPENING_GROUP_NOUNS, "camp", "wing", "senators", "governors", "mayors",
                "representatives", "parties", "union", "employers", "companies", "utilities", "landlords",
                "developers", "homeowners", "neighbors", "farmers", "workers", "administration", "leadership",
                "caucus", "lobby", "association", "chamber", "left", "right", "skeptics", "many", "some")
#undef ARGMINE_OPENING_GROUP_NOUNS
ARGMINE_LEXICON(quantifiers, "some", "many", "most", "several", "few", "others", "those", "plenty", "numerous",
                "countless", "certain", "various", "all")
ARGMINE_LEXICON(eager_adjectives, "eager", "anxious", "keen", "desperate", "impatient", "quick", "itching",
                "determined", "convinced", "certain", "sure", "afraid", "worried", "concerned", "nervous",
                "fearful", "insistent", "adamant", "confident", "hopeful", "pushing", "clamoring", "clamouring",
                "calling", "demanding", "urging")
ARGMINE_LEXICON(report_adverbs, "even", "also", "often", "still", "now", "long", "repeatedly", "openly", "loudly",
                "privately", "publicly", "already", "rightly", "wrongly", "correctly", "frequently", "routinely",
                "increasingly", "sometimes", "usually", "generally", "widely", "commonly", "always", "never",
                "reportedly", "seriously", "quietly", "have", "has", "had", "will", "would", "may", "might",
                "could", "can")
ARGMINE_LEXICON(argument_nouns, "argument", "arguments", "claim", "claims", "worry", "worries", "concern",
                "concerns", "fear", "fears", "view", "views", "logic", "reasoning", "idea", "ideas", "criticism",
                "criticisms", "objection", "objections", "case", "reading", "story", "narrative", "complaint",
                "complaints", "charge", "charges", "assumption", "assumptions", "premise", "thinking", "notion",
                "theory", "line", "position", "critique", "warnings", "warning", "prediction", "predictions",
                "talk", "doubts", "objection", "complaint", "analysis", "math", "reasoning", "approach",
                "suggestion", "proposal", "plan", "estimate", "estimates")
// Verbs and states of a group replying to a position ("But Republicans scoffed", "are also aware", "remain
// skeptical"), beside the reporting verbs.
ARGMINE_LEXICON(reply_words, "vow", "vows", "vowed", "criticize", "criticizes", "criticized", "scoffed", "expect",
                "expects", "expected", "contest", "contests", "contested", "resist", "resists", "resisted", "advised",
                "deem", "deemed", "see", "saw", "count", "counted", "pledged", "balked", "disagree", "disagrees",
                "disagreed", "feel", "felt", "aware", "critical", "skeptical", "wary", "confident", "buying",
                "speculated")
ARGMINE_LEXICON(rebuttal_verbs, "ignores", "ignore", "ignored", "overlooks", "overlook", "overlooked",
                "overestimates", "overestimate", "overestimated", "underestimates", "underestimate",
                "underestimated", "misses", "miss", "missed", "misreads", "misread", "misunderstands",
                "misunderstand", "misunderstood", "overstates", "overstate", "overstated", "understates",
                "understate", "understated", "exaggerates", "exaggerate", "exaggerated", "conflates", "conflate",
                "confuses", "confuse", "misrepresents", "misrepresent", "misjudges", "misjudge", "neglects",
                "neglect", "forgets", "forget", "fails", "fail", "falls", "collapses", "crumbles", "gets", "get",
                "assumes", "assume", "mistakes", "mistake", "downplays", "downplay", "inflates", "inflate",
                "distorts", "distort", "oversimplifies", "oversimplify", "begs", "skips", "glosses")
ARGMINE_LEXICON(falsity_words, "wrong", "mistaken", "false", "misguided", "untrue", "nonsense", "overblown",
                "exaggerated", "misplaced", "unfounded", "baseless", "flawed", "backwards", "myth", "fiction",
                "fantasy", "incorrect", "inaccurate", "misleading", "absurd", "ridiculous", "silly", "naive",
                "wishful", "overstated", "hollow", "simplistic", "backward")
ARGMINE_LEXICON(discrediting_words, "dubious", "bogus", "debunked", "discredited", "specious", "spurious",
                "unsubstantiated", "unproven", "groundless", "outlandish", "preposterous", "erroneous",
                "fallacious", "laughable", "questionable", "unverified", "unsupported", "disproven",
                "disingenuous", "ludicrous", "farcical", "nonsensical", "fanciful", "phony")
ARGMINE_LEXICON(judging_nouns, "myth", "myths", "lie", "lies", "fiction", "falsehood", "falsehoods", "canard",
                "fallacy", "misconception", "misconceptions", "fantasy", "delusion", "illusion", "mythology")
ARGMINE_LEXICON(demonstratives, "this", "that", "these", "those", "such", "both", "either", "neither")
ARGMINE_LEXICON(evidence_nouns, "record", "evidence", "data", "facts", "numbers", "history", "research",
                "figures", "statistics", "reality", "experience", "results", "polls", "studies")
ARGMINE_LEXICON(superlatives, "highest", "lowest", "largest", "biggest", "smallest", "worst", "best", "most",
                "fewest", "least", "strongest", "weakest", "deepest", "steepest", "sharpest", "fastest", "slowest",
                "longest", "shortest", "greatest", "heaviest", "warmest", "coldest", "hottest", "wettest", "driest",
                "closest", "widest", "narrowest", "deadliest", "costliest", "bloodiest", "richest", "poorest",
                "youngest", "oldest", "latest", "earliest", "first", "only", "last", "record", "top", "lowest-ever",
                "highest-ever", "biggest-ever", "worst-ever", "busiest", "toughest", "hardest", "tightest",
                "loudest", "broadest", "fiercest", "starkest", "stiffest", "harshest", "bitterest", "boldest",
                "bravest", "brightest", "cheapest", "cleanest", "darkest", "dearest", "easiest", "finest", "fullest",
                "grandest", "gravest", "happiest", "healthiest", "largest-ever", "lightest", "likeliest", "meanest",
                "nastiest", "newest", "noisiest", "oddest", "quickest", "quietest", "rarest", "riskiest", "roughest",
                "safest", "saddest", "scariest", "sharpest-ever", "simplest", "strangest", "strictest", "tallest",
                "thinnest", "ugliest", "wealthiest", "weirdest", "wildest", "worst-ever", "wisest", "tensest",
                "rockiest", "shakiest", "fewest-ever", "slimmest", "smallest-ever", "steepest-ever")
ARGMINE_LEXICON(modals_strong, "should", "must", "ought", "shouldn't", "mustn't")
ARGMINE_LEXICON(modals_weak, "would", "will", "can", "could", "might", "may", "'ll", "'d", "wo", "ca", "cannot")
ARGMINE_LEXICON(evaluatives, "important", "essential", "crucial", "vital", "critical", "necessary", "wrong",
                "right", "dangerous", "reckless", "irresponsible", "ridiculous", "absurd", "unfair", "unjust",
                "mistake", "misguided", "wise", "unwise", "foolish", "smart", "better", "worse", "best", "worst",
                "good", "bad", "fair", "unacceptable", "indefensible", "shameful", "disgraceful", "outrageous",
                "troubling", "alarming", "worrying", "frightening", "harmful", "counterproductive", "pointless",
                "useless", "valuable", "worthwhile", "urgent", "overdue", "long-overdue", "needed", "clear",
                "obvious", "real", "true", "false", "failure", "success", "problem", "solution", "answer",
                "victory", "victories", "disaster", "folly", "sensible", "reasonable", "unreasonable", "legitimate",
                "illegitimate", "deserve", "deserves", "deserved", "worth", "matters", "matter", "coveted",
                "effective", "ineffective", "terrible", "horrible",
                "awful", "tragic", "tragedy", "disastrous", "catastrophic", "excellent", "wonderful", "great",
                "successful", "unsuccessful", "advantage", "disadvantage", "wrongheaded", "hypocritical",
                "corrupt", "incompetent", "crazy", "stupid", "naive", "dishonest", "unconstitutional",
                "justified", "unjustified", "justifiable", "unjustifiable", "warranted",
                "unwarranted", "lawful", "unlawful", "unsound", "prudent", "imprudent")
ARGMINE_LEXICON(copulas, "is", "are", "was", "were", "be", "'s", "'re", "been", "being", "remains", "remain",
                "seems", "seem", "becomes", "become", "isn't", "aren't")
ARGMINE_LEXICON(negations, "not", "n't", "no", "never", "nothing", "none", "nobody", "neither", "nor", "cannot")
ARGMINE_LEXICON(statistic_words, "percent", "%", "per", "poll", "polls", "polling", "survey", "surveys", "census",
                "average", "median", "rate", "rates", "study", "studies", "data", "estimate", "estimates",
                "majority", "share", "fraction", "half", "third", "quarter", "twice", "doubled", "tripled",
                "percentage", "points", "ratio", "odds", "margin", "statistics", "figures")
ARGMINE_LEXICON(money_words, "million", "billion", "trillion", "dollars", "dollar", "cents", "$", "€", "£")
ARGMINE_LEXICON(first_person, "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves")
ARGMINE_LEXICON(past_markers, "ago", "then", "once", "back", "formerly", "earlier", "previously", "historically")
ARGMINE_LEXICON(contrast_starters, "but", "yet", "however", "still", "instead", "actually", "nonetheless",
                "nevertheless", "rather", "conversely", "alas")
ARGMINE_LEXICON(stop_words, "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "for", "with", "at",
                "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
                "these", "those", "he", "she", "they", "them", "his", "her", "their", "we", "our", "you", "your",
                "i", "my", "me", "not", "n't", "no", "so", "too", "very", "can", "could", "would", "will",
                "should", "must", "may", "might", "do", "does", "did", "have", "has", "had", "there", "here",
                "than", "then", "if", "when", "who", "whom", "which", "what", "all", "any", "some", "more", "most",
                "much", "many", "just", "also", "even", "only", "into", "about", "over", "up", "out", "'s", "'re",
                "'ll", "'d", "'ve", "'m", "need", "time", "own", "other", "such", "one", "make", "made", "far")

#undef ARGMINE_LEXICON

const HashMap<std::uint64_t>& lex_table() {
  static const HashMap<std::uint64_t> table = [] {
    HashMap<std::uint64_t> t;
    struct L {
      const HashSet& (*set)();
      std::uint32_t bit;
    };
    const L lists[] = {{modals_strong, kStrongModal}, {modals_weak, kWeakModal}, {negations, kNegation},
                       {first_person, kFirstPerson}, {statistic_words, kStatWord}, {money_words, kMoney},
                       {copulas, kCopula}, {evaluatives, kEvaluative}, {contrast_starters, kContrast},
                       {stop_words, kStop}, {neutral_verbs, kNeutralVerb}, {contentious_verbs, kContentiousVerb},
                       {clause_report_verbs, kNeutralVerb},
                       {finding_verbs, kFindingVerb}, {eager_adjectives, kEager}, {quantifiers, kQuantifier},
                       {opposition_nouns, kOpposition}, {group_nouns, kGroup}, {expert_nouns, kExpert},
                       {evidence_nouns, kEvidenceNoun}, {report_verbs, kReportVerb}};
    auto add = [&t](std::uint64_t h, std::uint32_t bit) {
      const std::uint64_t* old = t.find(h);
      t.set(h, (old ? *old : 0) | bit);
    };
    for (const L& l : lists) {
      for (std::uint64_t h : l.set().keys()) add(h, l.bit);
    }
    for (const HashSet* set : {&report_verbs(), &eager_adjectives(), &contentious_verbs(), &neutral_verbs()}) {
      for (std::uint64_t h : set->keys()) add(h, kAttributionCue);
    }
    for (std::string_view w : {"according", "goes", "runs", "respond", "reply", "retort", "ask", "wonder", "point",
                               "object", "counter", "protest", "held", "supposed", "presumed", "understood",
                               "thought", "assumed",
                               // the holders of "the argument goes", "conventional wisdom holds", "the view is that"
                               "holds", "argument", "thinking", "reasoning", "logic", "theory", "wisdom", "refrain",
                               "complaint", "narrative", "view", "belief", "assumption", "perception",
                               // "a common objection is that", "there is a view that", "of the opinion that"
                               "objection", "criticism", "counterargument", "counter-argument", "notion",
                               "opinion", "objected", "countered", "asserted",
                               // "X echoed Y's concerns that ..." (see echoes_position in attributions.cpp)
                               "echo", "echoes", "echoed", "echoing"}) {
      add(token_hash(w), kAttributionCue);
    }
    for (std::string_view w : {"since", "history", "years", "decades", "generations", "generation", "century",
                               "centuries", "lifetime", "previous", "prior", "old", "precedent", "tradition",
                               "same", "than", "months", "weeks", "days", "dating", "versus", "vs.", "vs"}) {
      add(token_hash(w), kSinceCue);
    }
    for (std::string_view w : {"matters", "deserve", "deserves", "deserved", "outweigh", "outweighs", "backfire",
                               "backfires", "fails", "hurts", "harms", "undermines", "endangers", "weakens",
                               "justifies"}) {
      add(token_hash(w), kJudgeVerb);
    }
    for (std::string_view w : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                               "january", "february", "march", "april", "june", "july", "august", "september",
                               "october", "november", "december", "yesterday", "ago", "earlier", "recently"}) {
      add(token_hash(w), kTimeWord);
    }
    for (std::string_view w : {"was", "were", "had", "did", "said", "won", "lost", "took", "gave", "came", "went",
                               "made", "ran", "led", "began", "became", "held", "left", "told", "saw", "fought",
                               "built", "brought", "sent", "spent", "passed", "signed"}) {
      add(token_hash(w), kPastVerb);
    }
    for (std::string_view w : {"ago", "harks", "hark", "harked", "harking", "harkens", "harken", "harkened", "hearkens",
                               "hearken", "hearkened", "generation", "era", "decade", "century", "age", "time",
                               "reminiscent", "remind", "reminds", "reminded", "throwback"}) {
      add(token_hash(w), kPastCue);
    }
    return t;
  }();
  return table;
}

}  // namespace argmine::detail::lexicon
