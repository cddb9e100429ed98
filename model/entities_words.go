package model

// wordSet builds an immutable lookup table from space-separated words.
func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool)
	for _, ws := range words {
		start := -1
		for i := 0; i <= len(ws); i++ {
			if i == len(ws) || ws[i] == ' ' || ws[i] == '\n' {
				if start >= 0 {
					m[ws[start:i]] = true
				}
				start = -1
			} else if start < 0 {
				start = i
			}
		}
	}
	return m
}

// starters are words of general English that are capitalised only because
// they open a sentence: determiners, pronouns, conjunctions, prepositions and
// sentence adverbs. A capitalised phrase loses them from its front.
var starters = wordSet(`a an the this that these those some many most much all any each every such several both
few no none other another either neither more less
i we you he she it they me us him her them his its their our my your mine ours theirs who whom whose what which
there here
and but or nor so yet for
however meanwhile moreover furthermore also still instead thus therefore hence although though while whilst when
whenever where wherever why how if unless until as after before since despite amid amidst with without within
in on at by from to of into onto under over among amongst between during following according upon across
against along around behind beyond near through throughout toward towards via per
indeed perhaps maybe now then today yesterday tomorrow tonight later earlier recently already again once
only even just not yes
is are was were be been being has have had do does did will would shall should can could may might must
let please
mr mrs ms dr`)

// months and days are dates, never names, wherever they stand.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

var monthAbbrev = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// titles are honorifics and offices written before a name; a phrase that
// starts with one names a person, and a phrase made of nothing else names
// no one.
var titles = wordSet(`mr mrs ms miss dr prof professor president minister secretary senator sen rep
representative congressman congresswoman governor gov mayor gen lt lieutenant col colonel
capt captain admiral adm sgt sergeant king queen prince princess pope sheikh ayatollah imam cleric judge
chancellor ambassador envoy commander spokesman spokeswoman spokesperson chairman chairwoman speaker
premier sir lord lady`)

// titleMods qualify a title ("Prime Minister", "Foreign Minister") and count
// as part of it only when a title follows: "State Department" keeps "State".
var titleMods = wordSet(`prime vice deputy foreign defense defence interior finance state chief general
acting former`)

// roleWords, written just before a name ("the spokesman, Jane Doe"), say
// the name is a person's.
var roleWords = wordSet(`spokesman spokeswoman spokesperson minister president secretary official commander
leader analyst correspondent reporter director chief envoy ambassador professor researcher expert
senator governor mayor general colonel adviser advisor aide diplomat lawmaker legislator cleric
chairman chairwoman founder head ceo executive editor author writer journalist`)

// orgWords inside a name make it an organisation.
var orgWords = wordSet(`department ministry command council party times post journal news agency commission
committee office bank university institute court parliament congress senate assembly company corporation
corp inc ltd llc association union federation foundation service services bureau authority administration
organization organisation forces force army navy guard corps police network press tribune herald gazette
broadcasting television radio channel coalition group government cabinet embassy school hospital fund
center centre airlines airways`)

// groupWords inside a name make it an armed or political group.
var groupWords = wordSet(`brigades brigade front movement militia mobilization mobilisation resistance battalion
battalions rebels insurgency jihad`)

// groupNouns around a name ("the X militia", "militias like X") say the
// name is a group's.
var groupNouns = wordSet(`militia militias group groups faction factions militants rebels insurgents fighters
movement organisation organization`)

// orgNouns after a name ("the X newspaper") say it is an organisation's.
var orgNouns = wordSet(`newspaper agency ministry department company firm network channel broadcaster
daily outlet institute university`)

// placePreps before a name suggest a place ("in Kirkuk", "from Erbil").
var placePreps = wordSet(`in from near into across at outside inside within throughout towards toward`)

// sayVerbs after a short name suggest a person is speaking.
var sayVerbs = wordSet(`said says told added warned stated argued claimed insisted noted wrote`)

// connectors join the words of one name ("Bank of England",
// "Islamic State of Iraq and the Levant", "Osama bin Laden").
var connectors = wordSet(`of for the and de del della der di da du van von bin ibn al el ad ash as abu`)

// namePrefixes are lower-case particles glued to a name by a hyphen
// ("al-Sadr"); they belong to the name.
var namePrefixes = wordSet(`al el ad ash as an at ar az bin ibn abu`)

// headlineLower are the words a title-case headline leaves in lower case.
var headlineLower = wordSet(`a an the and or but nor for of in on at to by with from into onto over under after
before amid amidst between against about as via per vs than up down off out upon within without toward towards
through across along among during since until despite is are`)
