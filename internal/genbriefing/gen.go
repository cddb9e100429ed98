// Package genbriefing writes synthetic news articles for benchmarks and
// load tests: realistic enough in shape (headlines, datelines, bylines,
// headings, quotations, attributions, hedges, open questions) that the
// parser and extractor do the work real copy would make them do, and
// deterministic for a seed, so runs compare.
package genbriefing

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Article is one generated file: its name (with a .txt or .md extension)
// and its bytes.
type Article struct {
	Name string
	Text string
}

// Generator makes articles from a seeded random source. It is not safe for
// concurrent use; make one per goroutine.
type Generator struct {
	r *rand.Rand
	n int
	// story is the set of facts the current run of articles shares: news
	// comes in stories that several articles report (and corroborate),
	// while most sentences of a large folder are about different things.
	story     []string
	storyLeft int
}

// New returns a generator whose output depends only on seed.
func New(seed uint64) *Generator {
	return &Generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// Write generates n articles into dir (created if missing), with the given
// seed, and returns their total size in bytes.
func Write(dir string, n int, seed uint64) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("create %s: %w", dir, err)
	}
	g := New(seed)
	var total int64
	for range n {
		a := g.Next()
		if err := os.WriteFile(filepath.Join(dir, a.Name), []byte(a.Text), 0o644); err != nil {
			return total, fmt.Errorf("write %s: %w", a.Name, err)
		}
		total += int64(len(a.Text))
	}
	return total, nil
}

var (
	places = []string{"Baghdad", "Kyiv", "Nairobi", "Caracas", "Manila", "Islamabad", "Beirut", "Khartoum",
		"Brussels", "Geneva", "Ankara", "Jakarta", "Lagos", "Lima", "Hanoi", "Tbilisi", "Damascus", "Kabul",
		"Addis Ababa", "Port-au-Prince", "Bogotá", "Dhaka", "Tripoli", "Sanaa", "Yerevan", "Mogadishu"}
	countries = []string{"Iraq", "Ukraine", "Kenya", "Venezuela", "the Philippines", "Pakistan", "Lebanon",
		"Sudan", "Belgium", "Switzerland", "Turkey", "Indonesia", "Nigeria", "Peru", "Vietnam", "Georgia",
		"Syria", "Afghanistan", "Ethiopia", "Haiti", "Colombia", "Bangladesh", "Libya", "Yemen", "Armenia", "Somalia"}
	firstNames = []string{"Amal", "John", "Maria", "Yusuf", "Elena", "David", "Fatima", "Pedro", "Mei", "Oleksandr",
		"Grace", "Ahmed", "Sofia", "Kwame", "Laila", "Tomasz", "Ana", "Rahul", "Nadia", "Samuel"}
	lastNames = []string{"Haddad", "Okafor", "Petrenko", "Rivera", "Nguyen", "Karimi", "Schmidt", "Mensah",
		"Costa", "Rahman", "Kowalski", "Mwangi", "Hassan", "Ortiz", "Tanaka", "Adeyemi", "Novak", "Farah"}
	titles = []string{"Prime Minister", "Foreign Minister", "Defence Minister", "President", "spokesman for the army",
		"police chief", "interior ministry spokeswoman", "UN envoy", "central bank governor", "opposition leader"}
	orgs = []string{"the United Nations", "the World Health Organization", "the Red Cross", "Amnesty International",
		"the International Monetary Fund", "the European Union", "NATO", "the African Union", "Reuters",
		"the World Bank", "Médecins Sans Frontières", "the Interior Ministry", "the electoral commission"}
	groups = []string{"rebels", "protesters", "militants", "aid workers", "farmers", "striking miners",
		"border guards", "opposition supporters", "displaced families", "government troops"}
	events = []string{"an attack on a convoy", "a strike on a fuel depot", "flooding in the north", "clashes near the border",
		"a cyberattack on the power grid", "a collapse of talks", "a landslide", "a prison break", "an outbreak of cholera",
		"a bombing at a market", "a fire at a refinery", "the arrest of a senior official"}
	verbs       = []string{"said", "told reporters", "said in a statement", "told Reuters", "wrote on social media", "said on Tuesday", "added"}
	hedges      = []string{"reportedly", "allegedly", "apparently"}
	anonSources = []string{"a source familiar with the matter said", "according to two officials who spoke on condition of anonymity",
		"a diplomat who asked not to be named said", "according to local media reports"}
	unknowns = []string{"It was not immediately clear whether", "It remains unclear whether", "Officials did not say whether",
		"It is not known whether", "It remains to be seen whether"}
	unverified = []string{"The claim could not be independently verified.", "Reuters could not independently confirm the figures.",
		"The account could not be verified."}
	months   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	headings = []string{"Background", "What happens next", "Reaction", "A fragile truce", "Economic toll",
		"Humanitarian concerns", "The investigation", "Regional tensions", "Voices from the ground"}
	commentary = []string{
		"Analysts say the episode underlines how fragile the situation remains.",
		"The move is likely to deepen divisions within the governing coalition.",
		"For many residents, the uncertainty has become part of daily life.",
		"The decision marks a sharp turn from the policy of previous years.",
		"Such incidents have become more frequent since the start of the year.",
		"Observers expect the issue to dominate the coming session of parliament.",
	}
)

func (g *Generator) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

// syllables build surnames and organisation names: a real folder of ten
// thousand articles names thousands of people, and a small fixed list
// would make every claim look like every other (and corroborate it).
var syllables = []string{"ka", "ro", "mi", "ten", "sa", "lu", "dor", "vi", "na", "bel", "ha", "zu", "mar", "te",
	"os", "ri", "gan", "pe", "lo", "chi", "wen", "da", "fu", "kor", "el", "ni", "bar", "so", "ya", "tu"}

func (g *Generator) coined(n int) string {
	var b strings.Builder
	for i := range n {
		s := g.pick(syllables)
		if i == 0 {
			s = strings.ToUpper(s[:1]) + s[1:]
		}
		b.WriteString(s)
	}
	return b.String()
}

func (g *Generator) surname() string {
	if g.r.IntN(3) == 0 {
		return g.pick(lastNames)
	}
	return g.coined(2 + g.r.IntN(2))
}

func (g *Generator) person() string { return g.pick(firstNames) + " " + g.surname() }

// org is a well-known organisation, or one of many coined ones.
func (g *Generator) org() string {
	if g.r.IntN(2) == 0 {
		return g.pick(orgs)
	}
	return "the " + g.coined(2) + " " + g.pick([]string{"Council", "Front", "Institute", "Alliance", "Commission", "Party", "Foundation"})
}

func (g *Generator) number() string {
	switch g.r.IntN(4) {
	case 0:
		return fmt.Sprint(2 + g.r.IntN(400))
	case 1:
		return fmt.Sprint(10 * (5 + g.r.IntN(900)))
	case 2:
		n := 1000 + g.r.IntN(90000)
		return fmt.Sprintf("%d,%03d", n/1000, n%1000)
	}
	return fmt.Sprintf("%d.%d%%", 1+g.r.IntN(20), g.r.IntN(10))
}

// date returns a random date written out and as YYYY-MM-DD.
func (g *Generator) date() (string, string) {
	y := 2015 + g.r.IntN(11)
	m := g.r.IntN(12)
	d := 1 + g.r.IntN(28)
	return fmt.Sprintf("%s %d, %d", months[m], d, y), fmt.Sprintf("%d-%02d-%02d", y, m+1, d)
}

// sentence returns one sentence of a kind chosen at random.
func (g *Generator) sentence() string {
	who := g.person()
	place := g.pick(places)
	switch g.r.IntN(12) {
	case 0:
		return fmt.Sprintf("“We will not accept %s,” %s, the %s, %s.", g.pick(events), who, g.pick(titles), g.pick(verbs))
	case 1:
		return fmt.Sprintf("%s said %s %s had been killed in %s, and that %s more were injured.", who, g.number(), g.pick(groups), place, g.number())
	case 2:
		return fmt.Sprintf("The %s %s detained %s people after %s, %s.", g.pick(groups), g.pick(hedges), g.number(), g.pick(events), g.pick(anonSources))
	case 3:
		return fmt.Sprintf("%s %s would respond, or when.", g.pick(unknowns), g.pick(countries))
	case 4:
		return fmt.Sprintf("Will %s hold together after %s?", g.org(), g.pick(events))
	case 5:
		return fmt.Sprintf("According to %s, at least %s people have fled %s since %s.", g.org(), g.number(), place, g.pick(weekdays))
	case 6:
		return g.pick(commentary)
	case 7:
		return fmt.Sprintf("Dr. %s of %s said the U.S. and %s had agreed to send %s tonnes of aid by %s.", g.surname(), g.org(), g.pick(countries), g.number(), g.pick(months))
	case 8:
		d, _ := g.date()
		return fmt.Sprintf("The talks began on %s in %s, %s %s.", d, place, g.org(), g.pick(verbs))
	case 9:
		return g.pick(unverified)
	case 10:
		return fmt.Sprintf("“The situation is %s,” %s said. “We need %s more trucks.”", g.pick([]string{"dire", "under control", "worse than last year", "improving"}), who, g.number())
	}
	return fmt.Sprintf("Prices in %s rose by %s in %s, the highest since %d, figures from %s showed.", g.pick(countries), g.number(), g.pick(months), 1990+g.r.IntN(30), g.org())
}

func (g *Generator) paragraph() string {
	n := 1 + g.r.IntN(4)
	s := make([]string, n)
	for i := range s {
		switch k := g.r.IntN(10); {
		case k < 1 && len(g.story) > 0:
			s[i] = g.story[g.r.IntN(len(g.story))]
		case k < 4:
			s[i] = g.sentence()
		default:
			s[i] = g.plain()
		}
	}
	return strings.Join(s, " ")
}

// Vocabulary for plain sentences: many words, so that unrelated sentences
// of a large folder share little, as they do in real copy.
var (
	adjectives = strings.Fields(`new local regional national provincial senior former rural coastal northern southern
		eastern western central private public independent military civilian industrial agricultural municipal
		federal small large main temporary emergency annual technical financial medical electoral judicial`)
	nouns = strings.Fields(`committee council court hospital school bridge port railway pipeline factory mine farm
		market budget contract treaty reform law bill tax wage pension subsidy tariff loan bond currency harvest
		drought flood storm wildfire vaccine clinic prison camp convoy checkpoint airport highway dam reservoir
		grid plant union strike protest rally election campaign ballot inquiry audit report survey census`)
	pastVerbs = strings.Fields(`approved rejected delayed suspended reopened expanded reduced announced completed
		closed blocked funded inspected repaired extended cancelled postponed restored challenged criticised
		endorsed reviewed opened seized evacuated relocated upgraded launched`)
	preps = []string{"in", "near", "outside", "across", "north of", "south of"}
)

// plain is a sentence from the open vocabulary: an assertion, a comment
// or a statement with a speaker.
func (g *Generator) plain() string {
	subj := "The " + g.pick(adjectives) + " " + g.pick(nouns)
	obj := "the " + g.pick(adjectives) + " " + g.pick(nouns)
	switch g.r.IntN(4) {
	case 0:
		return fmt.Sprintf("%s %s %s %s %s last %s.", subj, g.pick(pastVerbs), obj, g.pick(preps), g.pick(places), g.pick(weekdays))
	case 1:
		return fmt.Sprintf("%s %s %s, %s, the %s of the %s %s, said.", subj, g.pick(pastVerbs), obj, g.person(), g.pick([]string{"head", "director", "chair", "spokesperson"}), g.pick(adjectives), g.pick(nouns))
	case 2:
		return fmt.Sprintf("%s, which %s %s in %d, has %s %s %s.", subj, g.pick(pastVerbs), obj, 1990+g.r.IntN(35), g.pick(pastVerbs), g.number(), g.pick(nouns)+"s")
	}
	return fmt.Sprintf("%s say %s %s %s and %s.", g.pick([]string{"Critics", "Analysts", "Residents", "Economists", "Diplomats", "Lawmakers", "Engineers", "Officials"}),
		strings.ToLower(subj[:1])+subj[1:], g.pick([]string{"could affect", "may delay", "threatens", "will reshape", "might weaken", "is likely to help"}),
		obj, "the "+g.pick(adjectives)+" "+g.pick(nouns))
}

// newStory starts a run of one to eight articles that share a few facts.
func (g *Generator) newStory() {
	g.storyLeft = 1 + g.r.IntN(8)
	who, place, num := g.person(), g.pick(places), g.number()
	d, _ := g.date()
	g.story = []string{
		fmt.Sprintf("%s said %s %s had been killed in %s on %s.", who, num, g.pick(groups), place, d),
		fmt.Sprintf("The %s %s %s %s %s, %s.", g.pick(adjectives), g.pick(nouns), g.pick(pastVerbs), g.pick(nouns)+"s", g.pick(preps)+" "+place, g.org()+" said"),
		fmt.Sprintf("%s reportedly met %s in %s to discuss %s.", who, g.person(), place, g.pick(events)),
	}
}

// Next returns the next article: about 2.7 KB on average, between about
// 0.6 and 6 KB, one in three a Markdown file (some with front matter).
func (g *Generator) Next() Article {
	g.n++
	if g.storyLeft == 0 {
		g.newStory()
	}
	g.storyLeft--
	md := g.r.IntN(3) == 0
	place := g.pick(places)
	country := g.pick(countries)
	headline := fmt.Sprintf("%s %s as %s Weighs Response to %s", place,
		g.pick([]string{"Braces for Unrest", "Counts the Cost", "Mourns Victims", "Reopens Border", "Holds Talks"}),
		strings.ToUpper(country[:1])+country[1:], titleCase(g.pick(events)))
	long, iso := g.date()
	var b strings.Builder
	if md && g.r.IntN(2) == 0 {
		fmt.Fprintf(&b, "---\ntitle: %q\ndate: %s\nsource: %s\nauthor: %s\n---\n\n", headline, iso, g.pick(orgs), g.person())
	}
	if md {
		fmt.Fprintf(&b, "# %s\n\n", headline)
	} else {
		if g.r.IntN(3) == 0 {
			fmt.Fprintf(&b, "%s, %s\n\n", g.pick(weekdays), long)
		}
		fmt.Fprintf(&b, "%s\n\n", headline)
	}
	if g.r.IntN(2) == 0 {
		fmt.Fprintf(&b, "By %s\n\n", g.person())
	}
	fmt.Fprintf(&b, "%s (%s) — %s\n\n", strings.ToUpper(place), g.pick([]string{"Reuters", "AP", "AFP"}), g.paragraph())
	paras := 5 + g.r.IntN(12)
	for i := range paras {
		if i > 0 && i%3 == 0 && g.r.IntN(2) == 0 {
			if md {
				fmt.Fprintf(&b, "## %s\n\n", g.pick(headings))
			} else {
				fmt.Fprintf(&b, "%s\n\n", g.pick(headings))
			}
		}
		b.WriteString(g.paragraph())
		b.WriteString("\n\n")
	}
	ext := ".txt"
	if md {
		ext = ".md"
	}
	return Article{Name: fmt.Sprintf("%05d-%s%s", g.n, strings.ToLower(strings.ReplaceAll(place, " ", "-")), ext), Text: b.String()}
}

// titleCase capitalises each word of an ASCII phrase, headline style.
func titleCase(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		w[i] = strings.ToUpper(x[:1]) + x[1:]
	}
	return strings.Join(w, " ")
}
