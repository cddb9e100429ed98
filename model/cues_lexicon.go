package model

// The word lists and phrase patterns of English news writing that the
// extractor classifies sentences by. They are general cues (hedges,
// reporting verbs, question forms), never phrases of particular articles;
// each is pinned by a test on a sentence written for it.

// cueQuestionRules mark a sentence that says something is not known or not
// answered. Gaps ("~2") let an adverb or a typo sit inside the phrase while
// the cue itself is intact ("it is curreently unknown").
var cueQuestionRules = cueRules(
	// "it remains unclear whether", "the toll is still unknown", "it was not immediately clear"
	"is|was|are|were|remain|remains|remained|be|been|becomes|it's ~2 unclear|unknown|uncertain", "unclear",
	"unclear|unknown|uncertain whether|if|what|who|whom|whose|why|how|when|where|which", "unclear",
	"is|was|are|were|remain|remains|remained|be|been|it's ~1 not ~2 clear|known|certain", "not clear",
	"isn't|wasn't|aren't|weren't ~2 clear|known|certain", "not clear",
	"remain|remains|remained|is|was ~1 to be seen", "remains to be seen",
	"yet to be determined|decided|established|announced|disclosed|revealed|explained|clarified|known|answered", "yet to be determined",
	"nobody|no knows|know", "nobody knows",
	// "the report does not clarify", "officials did not say", "has not yet disclosed"
	"do|does|did|has|have|had|would|will|could not ~1 say|said|disclose|disclosed|specify|specified|explain|explained|clarify|clarified|reveal|revealed|elaborate|detail|detailed|identify|identified|name|named|indicate|indicated|address|addressed|answer|answered", "did not say",
	"don't|doesn't|didn't|hasn't|haven't|hadn't|wouldn't|won't|couldn't|can't|cannot ~1 say|disclose|specify|explain|clarify|reveal|elaborate|detail|identify|name|indicate|address|answer", "did not say",
	"without saying|specifying|explaining|elaborating|disclosing|identifying|naming|clarifying|detailing", "without specifying",
	// A party that would not comment, did not answer or could not be
	// reached leaves the reader's question unanswered, named or not
	// ("a spokesman declined to comment"). extractRefusalAside lets a
	// statement the same party makes in the sentence outrank it.
	"declined|declines|decline|refused|refuses|refuse|declining|refusing to comment", cueDeclinedToComment,
	"would|will|did|does|do not ~1 comment", cueDeclinedToComment,
	"wouldn't|won't|didn't|doesn't|don't ~1 comment", cueDeclinedToComment,
	"has|have|had not ~1 commented", cueDeclinedToComment,
	"hasn't|haven't|hadn't ~1 commented", cueDeclinedToComment,
	"no immediate comment|response|reply", cueNoComment,
	"had|has|have no ~1 comment", cueNoComment,
	// "did not (immediately) respond to (repeated) requests for comment";
	// "calls" is left to "return": one responds to calls for restraint.
	"did|does|do|has|have|had not ~1 respond|responded|reply|replied to ~4 request|requests|inquiry|inquiries|enquiry|enquiries|query|queries|question|questions|message|messages|email|emails|e-mail|e-mails [for|seeking] [comment]", cueNoResponse,
	"didn't|doesn't|don't|hasn't|haven't|hadn't ~1 respond|responded|reply|replied to ~4 request|requests|inquiry|inquiries|enquiry|enquiries|query|queries|question|questions|message|messages|email|emails|e-mail|e-mails [for|seeking] [comment]", cueNoResponse,
	"failed to ~1 respond|reply to ~4 request|requests|inquiry|inquiries|enquiry|enquiries|query|queries|question|questions|message|messages|email|emails|e-mail|e-mails [for|seeking] [comment]", cueNoResponse,
	"did|does|has|have|had not ~1 return|returned ~3 call|calls|message|messages|email|emails|e-mail|e-mails|text|texts|request|requests|inquiry|inquiries", cueNoReturn,
	"didn't|doesn't|hasn't|haven't|hadn't ~1 return|returned ~3 call|calls|message|messages|email|emails|e-mail|e-mails|text|texts|request|requests|inquiry|inquiries", cueNoReturn,
	// "for comment" is required: a village "could not be reached" by road
	// is a fact.
	"could|can not ~1 be ~1 reached|contacted for|to comment", cueNotReached,
	"couldn't|cannot|can't ~1 be ~1 reached|contacted for|to comment", cueNotReached,
	"not ~1 available|reachable for|to comment", cueNotReached,
	"unavailable|unreachable for|to comment", cueNotReached,
	"declined|declines|decline|refused|refuses|refuse|declining|refusing to say|disclose|specify|elaborate|reveal|discuss|identify|name|explain|answer|confirm|give|provide", "declined to say",
	"gave|give|gives|given|provided|offered|released|issued no ~1 details|detail|reason|explanation|indication|timeline|timeframe|timetable|information|figures|figure|estimate|estimates|date|forecast|breakdown|guidance|update", cueNoDetails,
	// "stopped short of saying whether…", "stopped short of confirming".
	"stopped|stops|stop|stopping short of ~1 saying|confirming|committing|naming|giving|specifying|endorsing|announcing", "did not say",
	// "Neither club would comment."
	"neither ~3 would|could|will|wanted|was|were|has|have ~2 comment|commented|respond|responded", cueDeclinedToComment,
	// Nobody has said: "No group has said it was behind the attack",
	// "Nobody has claimed responsibility".
	"nobody|no-one has|have|had ~1 said|claimed|admitted|confirmed|explained", "nobody has said",
	"^no ~2 has|have|had ~1 said|claimed|admitted|confirmed|explained", "nobody has said",
	"^no one has|have|had ~1 said|claimed|admitted|confirmed|explained", "nobody has said",
	// "Police have not ruled out foul play": a possibility left open.
	"not ~1 ruled|ruling|rule out", "not ruled out",
	"hasn't|haven't|hadn't|didn't|won't|wouldn't ~1 ruled|rule out", "not ruled out",
	"no ~1 details|detail|information|explanation|indication|word|reason ~3 given|provided|released|available|disclosed|offered|announced", cueNoDetails,
	"no word on|about|yet", cueNoDetails,
	"questions remain|remained|remains|linger|lingered|lingers|persist|persisted|persists|loom|loomed|looms|abound|abounded|remaining", "questions remain",
	"questions about|over|regarding|surrounding|around ~6 remain|remained|linger|lingered|persist|persisted|loom|loomed|looms|abound", "questions remain",
	"raise|raised|raises|raising|fuel|fueled|fuelled|fuels|fueling|fuelling|prompt|prompted|prompts|spark|sparked|sparks|leave|leaves|left ~4 questions", "has raised questions",
	"unanswered|unresolved|unexplained", "unanswered",
	"open question|questions", "open question",
	"remains|remained|remain|is|was a mystery", "unknown",
	"question is|of|remains whether|if|how|what|who|why|when", "open question",
	"difficult|hard|impossible|too early|soon to know|say|tell|determine|assess|gauge|measure|establish|predict|estimate|quantify|ascertain|judge", "hard to say",
	"remain|remains|remained|still unverified|unconfirmed", "unconfirmed",
	// A decision or a figure that was not given: "did not settle how it
	// would be enforced", "did not give a forecast".
	"not ~1 settle|settled|determine|determined|decide|decided|resolve|resolved|specify|set how|whether|what|when|who|where|why|which", "not decided",
	"didn't|doesn't|don't|hasn't|haven't|won't|wouldn't ~1 settle|settled|determine|determined|decide|decided|resolve|resolved|specify|set how|whether|what|when|who|where|why|which", "not decided",
	"not ~2 give|provide|offer|release|issue|disclose|publish|put [a|an|any|its|their|his|her] forecast|forecasts|timeline|timetable|timescale|estimate|figure|figures|breakdown|date|reason|explanation|guidance|outlook|details", cueNoDetails,
	"didn't|doesn't|don't|hasn't|haven't|won't|wouldn't ~1 give|provide|offer|release|issue|disclose|publish|put [a|an|any|its|their|his|her] forecast|forecasts|timeline|timetable|timescale|estimate|figure|figures|breakdown|date|reason|explanation|guidance|outlook|details", cueNoDetails,
	// A speaker's own refusal, in the first person: "I'm not going to
	// comment on that", "we won't speculate".
	"not going to ~1 comment|speculate|discuss", cueDeclinedToComment,
	"won't|wouldn't|can't|cannot speculate", cueDeclinedToComment,
	"will|would|can not speculate", cueDeclinedToComment,
)

// cueUnverifiedRules mark a detail the article reports without
// confirmation. More specific phrasings come first so that they name the
// cue when two rules match at the same place.
var cueUnverifiedRules = cueRules(
	"reportedly", "reportedly",
	"allegedly", "allegedly",
	"purportedly", "purportedly",
	"supposedly", "supposedly",
	"^the|a|an|his|her|its|their|this|these|those alleged", "alleged",
	"^the|a|an|his|her|its|their|this|these|those purported", "purported",
	"believed to", "believed to",
	"is|are|was|were|widely believed that", "believed to",
	"thought to be|have", "thought to",
	"said to be|have", "said to be",
	"understood to be|have", "understood to",
	"reported to be|have", "reportedly",
	"alleged to be|have", "allegedly",
	"rumored|rumoured|rumors|rumours", "rumored",
	"unconfirmed", "unconfirmed",
	"unverified", "unverified",
	"unsubstantiated|uncorroborated", "unsubstantiated",
	"yet to be confirmed|verified|corroborated", "unconfirmed",
	"could|can|would not ~1 be independently verified|confirmed|corroborated", "could not be independently verified",
	"couldn't|cannot|can't ~1 be independently verified|confirmed|corroborated", "could not be independently verified",
	"could|can|would not ~1 be verified|confirmed|corroborated", "could not be verified",
	"couldn't|cannot|can't ~1 be verified|confirmed|corroborated", "could not be verified",
	"has|have|had not ~1 been independently verified|confirmed|corroborated", "has not been independently verified",
	"has|have|had not ~1 been verified|confirmed|corroborated", "has not been verified",
	"hasn't|haven't|hadn't ~1 been verified|confirmed|corroborated", "has not been verified",
	"has|have|had|was|were|is|are not ~1 been able to ~1 confirm|verify|corroborate", "has not been able to confirm",
	"was|were|is|are not able to ~1 confirm|verify|corroborate", "has not been able to confirm",
	"unable to ~1 confirm|verify|corroborate", "unable to confirm",
	"could|can not ~1 independently confirm|verify|corroborate", "could not be independently verified",
	"couldn't|cannot|can't ~1 independently confirm|verify|corroborate", "could not be independently verified",
	"could|can not confirm|verify|corroborate", "could not be verified",
	"couldn't|cannot|can't ~1 confirm|verify|corroborate", "could not be verified",
	"did|does|do not ~1 confirm", "not confirmed",
	"has|have|had not ~1 confirmed|verified", "not confirmed",
	"hasn't|haven't|hadn't ~1 confirmed|verified", "not confirmed",
	"it is|was understood that", "it is understood",
	"no ~1 confirmation", "no confirmation",
	"without ~1 confirmation|verification", "no confirmation",
	"not ~1 been confirmed|verified", "has not been verified",
	// A claim made without support: "did not provide (any) evidence",
	// "offered no evidence", "without providing evidence", "claimed without
	// evidence". Bare "without proof" is left out ("without proof of
	// identity").
	"did|does|do|has|have|had|would|will not ~1 provide|provided|offer|offered|give|given|present|presented|produce|produced|cite|cited|show|shown|share|shared ~2 evidence|proof", "no evidence provided",
	"didn't|doesn't|don't|hasn't|haven't|hadn't|wouldn't|won't ~1 provide|provided|offer|offered|give|given|present|presented|produce|produced|cite|cited|show|shown|share|shared ~2 evidence|proof", "no evidence provided",
	"provided|provides|provide|providing|offered|offers|offer|offering|gave|gives|give|giving|presented|presents|present|produced|produces|cited|cites|showed|shows|shared|shares no ~1 evidence|proof", "no evidence provided",
	"without ~1 providing|offering|giving|presenting|producing|citing|showing|sharing|supplying ~2 evidence|proof", "no evidence provided",
	"^claimed|claims|claim|claiming|said|says|say|saying|alleged|alleges|alleging|asserted|asserts|asserting|insisted|insists|accused|accuses|accusing|suggested|suggests|blamed|blames|charged|charges ~1 without ~1 evidence", "no evidence provided",
	"condition of anonymity", "condition of anonymity",
	// A newsroom's own unattributed information: "the paper understands
	// that", "the BBC has learned that", "can reveal".
	"understands|has|have learned|learnt that", "it is understood",
	"can ~1 reveal", "it is understood",
	// One bystander's account, or a claim nobody can check: "one witness
	// said", "claimed responsibility", "claimed to have". ("X claimed
	// that Y" stays X's claim.)
	"^one|a|another witness|bystander|onlooker|passer-by|eyewitness said|says|claimed|claims|told|insisted|insists|described", "single eyewitness",
	"claimed|claiming|claims|claim responsibility|credit", "claimed",
	"claimed|claiming to ~1 have|be", "claimed",
	"asked|requested not to be named|identified", "condition of anonymity",
	"not authorized|authorised to speak", "condition of anonymity",
	"unnamed|anonymous|unidentified source|official|diplomat|insider|person", "anonymous source",
	"unnamed|anonymous|unidentified ~2 sources|officials|diplomats|insiders|people", "unnamed sources",
	"according to ~3 sources", "according to sources",
	"sources|people|persons|officials familiar with", "unnamed sources",
	"sources close to", "unnamed sources",
	"sources said|say|says|told|tell|confirmed|indicated|claimed|added|reported", "unnamed sources",
	"person|source familiar with", "anonymous source",
	"people|persons|sources|officials|insiders briefed on|about", "unnamed sources",
	"people|persons|sources|officials|insiders with ~1 knowledge of", "unnamed sources",
	"person|source|official|insider briefed on|about", "anonymous source",
	"person|source|official|insider with ~1 knowledge of", "anonymous source",
	// Research not yet checked by other scientists.
	"not ~2 peer reviewed|peer-reviewed", "not peer reviewed",
	"yet to be peer reviewed|peer-reviewed", "not peer reviewed",
	"preprint|preprints", "not peer reviewed",
	// What something looked like, not what it is known to be: "what
	// appeared to be a drone", "a video that appears to show".
	"^what appeared|appears|seemed|seems|looked to be", "appeared to be",
	"appears|appeared|seems|seemed to show|depict|confirm", "appears to show",
	// Reports nobody is named for.
	"there are|were|have|had [been] ~1 reports", "unconfirmed reports",
	"according to ~2 reports", "unconfirmed reports",
	"has|have|had not ~1 been ~1 demonstrated|proven|proved|established|substantiated", "not demonstrated",
)

// The labels of the question cues that say a party gave no answer, which
// extractRefusalAside tells apart from the other gaps.
const (
	cueDeclinedToComment = "declined to comment"
	cueNoComment         = "no comment"
	cueNoResponse        = "did not respond to requests for comment"
	cueNoReturn          = "did not return calls"
	cueNotReached        = "could not be reached for comment"
	cueNoDetails         = "no details were given"
)

// cueNoAnswerLabels are those labels as a set.
var cueNoAnswerLabels = cueSet(cueDeclinedToComment, cueNoComment, cueNoResponse, cueNoReturn, cueNotReached, cueNoDetails)

// cueVetoRules mark the author's analysis, speculation or evaluation: a
// sentence the article asserts itself is not a claim when one matches.
var cueVetoRules = cueRules(
	// hedges and speculation
	"suggest|suggests|suggesting|suggested", "hedge",
	"appear|appears|appeared|seem|seems|seemed to", "hedge",
	"seemingly|likely|unlikely|possibly|potentially|perhaps|probably|presumably|arguably|conceivably|apparently|evidently|surely", "hedge",
	// analysis verbs
	"underscore|underscores|underscored|underscoring|highlight|highlights|highlighting", "analysis",
	"signal|signals|signaled|signalled|signaling|signalling the|a|an|that", "analysis",
	"mark|marks|marked|marking a|an|the ~2 shift|turning|milestone|departure|watershed|moment|turn", "analysis",
	"paint|paints|painted|painting ~3 picture", "analysis",
	"reflect|reflects|reflecting the|a|an", "analysis",
	"illustrate|illustrates|illustrating|exemplify|exemplifies|exemplifying|demonstrates|demonstrating", "analysis",
	"indicate|indicates|indicating that|a|an|the", "analysis",
	"raises|raise|raising the stakes", "analysis",
	"^is|are|was|were|being|been|widely seen|viewed|regarded|interpreted|perceived as", "analysis",
	// evaluation
	"it is|it's ~1 important|worth|essential|crucial|clear|evident|notable|noteworthy|vital|imperative", "evaluation",
	"worth noting", "evaluation",
	// The writer weighing what came before: "None of this means…",
	// "That is not to say…".
	"none of this|that|these means|mean|suggests|proves", "evaluation",
	"this|that does|did not mean", "evaluation",
	"that|this is not to say", "evaluation",
	"crucial|essential|pivotal|fraught|imperative|paramount", "evaluation",
	"remain|remains|remained ~3 concern|challenge|priority|threat", "evaluation",
	"testament|reminder|precipice|crossroads|juncture", "evaluation",
	// the author in the first person
	"i|we|our|us|my", "first person",
)

// cueWeakCommentary are words that lean towards analysis without settling
// it: a sentence the article asserts itself needs more reportable content
// than it has of these to be a claim.
var cueWeakCommentary = cueSet(
	"significant", "significantly", "critical", "vital", "precarious", "delicate",
	"unsustainable", "worrying", "alarming", "troubling", "dire", "profound", "stark",
	"remarkable", "notably", "clearly", "undoubtedly", "obviously", "evident", "inevitable",
	"inevitably", "symbolic", "complexity", "complex", "complicated", "complicating",
	"volatile", "volatility", "tension", "tensions", "concern", "concerns", "instability",
	"stability", "uncertainty", "situation", "dynamics", "challenge", "challenges",
	"landscape", "growing", "mounting", "rising", "increasingly", "further", "potential",
	"key", "broader", "deepening", "fragile", "unpredictable", "heightened", "escalating",
	"difficult", "serious", "pressing", "sensitive", "dangerous",
)

// cueModals hedge a sentence the article asserts itself ("could", "may").
// "can" and "will" are left out: capability and announced plans are
// reportable.
var cueModals = cueSet("could", "may", "might", "would", "should", "must", "ought")

// cueDeterminers open a noun phrase.
var cueDeterminers = cueSet("the", "a", "an", "this", "these", "those", "its", "his",
	"her", "their", "our", "my", "your", "some", "several", "many", "each", "every", "another",
	"both", "all", "any", "no", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "multiple", "other", "such")

// cueNumberWords are counts written out.
var cueNumberWords = cueSet("two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
	"eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
	"millions", "billion", "billions", "dozen", "dozens", "half", "percent")

// cueTimeWords date an event ("on Monday", "last week", "in October").
var cueTimeWords = cueSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "yesterday", "january", "february", "april", "june", "july", "august",
	"september", "october", "november", "december")

// cueAmbiguousMonths are month names that are also common words; they date
// a sentence only when capitalised inside it.
var cueAmbiguousMonths = cueSet("march", "may")

// cueIrregularPast are simple past forms of event verbs that do not end in
// "-ed". Forms equal to the present ("hit", "set", "put") are left out.
var cueIrregularPast = cueSet("began", "took", "struck", "saw", "sent", "went", "came", "made",
	"gave", "fled", "fought", "shot", "led", "left", "met", "held", "won", "lost", "told",
	"said", "rose", "fell", "spent", "brought", "built", "caught", "chose", "drove", "flew",
	"froze", "got", "grew", "hid", "kept", "knew", "paid", "ran", "sold", "sought", "stood",
	"stole", "swore", "threw", "understood", "woke", "wore", "wrote", "broke", "spoke",
	"withdrew", "overtook", "undertook", "became", "bought", "dealt", "drew", "ate", "forgot",
	"forgave", "lay", "laid", "meant", "slid", "sank", "shook", "sprang", "stuck", "swept",
	"taught", "thought", "tore", "upheld", "withheld", "arose", "awoke", "bore", "bit", "blew",
	"dug", "fed", "felt", "found", "heard", "hung", "lit", "rode", "rang", "sang", "slept",
	"spun", "swam", "swung", "wept", "wound")

// cueIrregularParticiples are participles that follow "has", "was" or "been".
var cueIrregularParticiples = cueSet("begun", "taken", "given", "shown", "seen", "driven",
	"written", "broken", "chosen", "fallen", "risen", "stolen", "sworn", "thrown", "shot",
	"hit", "held", "fled", "fought", "won", "lost", "sent", "spent", "left", "met", "paid",
	"sold", "told", "built", "brought", "caught", "bought", "sought", "led", "made", "set",
	"put", "cut", "hurt", "spread", "struck", "stricken", "killed", "done", "gone", "withdrawn",
	"arisen", "beaten", "bitten", "blown", "drawn", "eaten", "flown", "forgotten", "frozen",
	"grown", "hidden", "known", "ridden", "shaken", "spoken", "sunk", "torn", "woken", "worn",
	"found", "heard", "kept", "laid", "said", "seized", "shut", "quit", "overrun", "undertaken")

// cueEdAdjectives end in "-ed" but name a state, not an event.
var cueEdAdjectives = cueSet("based", "concerned", "interested", "armed", "united", "advanced",
	"detailed", "limited", "sophisticated", "experienced", "skilled", "alleged", "supposed",
	"so-called", "unprecedented", "unexpected", "dedicated", "talented", "beloved",
	"red", "bed", "need", "seed", "speed", "shed", "hundred", "creed", "greed", "feed", "weed",
	"breed", "deed", "embed", "proceed", "exceed", "succeed", "heed", "bleed", "indeed",
	"naked", "wicked", "sacred", "rugged", "ragged", "crooked", "wretched", "aged", "learned",
	"biased", "tired", "varied", "marked", "noted", "heightened", "sustained", "coordinated",
	"divided", "isolated", "complicated", "balanced", "restricted", "related", "reported",
	"expected", "anticipated", "blessed", "crowded", "worried", "troubled")

// cueNounPreps may join the parts of a speaker's noun phrase ("the head of
// the agency", "officials in Baghdad", "a statement issued by the army").
var cueNounPreps = cueSet("of", "for", "from", "at", "in", "with", "within", "to", "by")

// cueStop are function words that end a speaker's noun phrase when walking
// away from its verb: verbs, conjunctions, relatives, adverbs and
// prepositions that open clauses or adjuncts.
var cueStop = cueSet(
	"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do",
	"does", "did", "will", "would", "could", "can", "may", "might", "should", "must",
	"shall", "not", "and", "or", "but", "nor", "so", "yet", "that", "which", "who", "whom",
	"whose", "what", "when", "where", "while", "whether", "if", "because", "although",
	"though", "as", "after", "before", "since", "until", "than", "then", "also", "however",
	"meanwhile", "moreover", "furthermore", "separately", "later", "earlier", "still",
	"now", "today", "yesterday", "tonight", "on", "upon", "into", "onto", "over", "under",
	"about", "against", "amid", "amidst", "among", "during", "despite", "without", "through",
	"following", "per", "via", "like", "unlike", "he", "she", "it", "they", "we", "i", "you",
	"him", "them", "us", "me", "there", "here", "this", "these", "those", "said", "says",
	"say", "told", "added", "warned", "confirmed", "announced", "stated", "noted", "according",
	"instead", "thus", "therefore", "thereby", "even", "just", "only", "already", "again",
	"too", "very", "echoing", "adding", "speaking", "citing", "saying", "including",
)
