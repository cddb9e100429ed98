package model

import (
	"slices"
	"testing"
)

// entityNamed finds the entity one of whose forms is form.
func entityNamed(t *testing.T, b *Briefing, form string) Entity {
	t.Helper()
	for _, e := range b.Entities {
		if slices.Contains(e.Forms, form) || e.Name == form {
			return e
		}
	}
	t.Fatalf("no entity with the form %q among %v", form, names(b))
	return Entity{}
}

func names(b *Briefing) []string {
	var out []string
	for _, e := range b.Entities {
		out = append(out, e.Name)
	}
	return out
}

func hasEntity(b *Briefing, form string) bool {
	for _, e := range b.Entities {
		if slices.Contains(e.Forms, form) || e.Name == form {
			return true
		}
	}
	return false
}

func TestEntities_MergesVariants(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		forms []string
	}{
		{"transliteration with apostrophe", []string{
			"Fighters of Kataib Hezbollah fired rockets at the base.",
			"The attack was blamed on Kata'ib Hezbollah by the army.",
			"A spokesman for Kata’ib Hezbollah denied it."},
			[]string{"Kataib Hezbollah", "Kata'ib Hezbollah", "Kata’ib Hezbollah"}},
		{"diacritics", []string{
			"Talks were led by Ali Hāshimī on behalf of the cabinet.",
			"Ali Hashimi later resigned from the cabinet."},
			[]string{"Ali Hāshimī", "Ali Hashimi"}},
		{"hyphen and space", []string{
			"Troops entered Abu Ghraib at dawn.",
			"Residents of Abu-Ghraib fled."},
			[]string{"Abu Ghraib", "Abu-Ghraib"}},
		{"country abbreviations", []string{
			"The US sent two ships.",
			"The U.S. Navy said the ships would stay.",
			"Officials in the United States declined to comment.",
			"Talks with America stalled, and American diplomats left."},
			[]string{"US", "U.S.", "United States", "America", "American"}},
		{"possessive", []string{
			"Iraq's government protested.",
			"Ministers in Iraq met on Friday.",
			"The plan was Smith’s idea, said John Smith."},
			[]string{"Iraq"}},
		{"acronym after its expansion", []string{
			"The Northern Valley Resistance Front (NVRF) claimed the attack.",
			"Leaders of the NVRF were arrested in a raid."},
			[]string{"Northern Valley Resistance Front", "NVRF"}},
		{"acronym spelling the initials of a name used elsewhere", []string{
			"The prime minister set up the Higher Joint Military Commission to plan the transition.",
			"Members of the HJMC met again in the capital."},
			[]string{"Higher Joint Military Commission", "HJMC"}},
		{"gazetteer aliases of a group", []string{
			"A senior member of the Islamic State of Iraq and the Levant (ISIL) was killed.",
			"The Islamic State claimed the bombing."},
			[]string{"ISIL", "Islamic State"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var arts []*Article
			for i, text := range tt.texts {
				arts = append(arts, written(string(rune('a'+i)), "", text))
			}
			b := analyzed(arts...)
			e := entityNamed(t, b, tt.forms[0])
			for _, f := range tt.forms[1:] {
				if !slices.Contains(e.Forms, f) && e.Name != f {
					t.Errorf("%q not merged into %q (forms %q); entities %v", f, e.Name, e.Forms, names(b))
				}
			}
		})
	}
	b := analyzed(written("a", "", "The plan was Smith’s idea, said John Smith. Iraq's government agreed."))
	for _, e := range b.Entities {
		for _, f := range e.Forms {
			if f == "Iraq's" || f == "Smith’s" {
				t.Errorf("possessive kept in form %q", f)
			}
		}
	}
}

// TestEntities_AcronymNotMergedWhenAmbiguous pins that an acronym spelling
// the initials of two different names joins neither: a wrong merge is worse
// than a missed one.
func TestEntities_AcronymNotMergedWhenAmbiguous(t *testing.T) {
	b := analyzed(written("a", "", "The National Defence Council met. The Northern Democratic Coalition objected."),
		written("b", "", "Later the NDC issued a statement."))
	ndc := entityNamed(t, b, "NDC")
	if len(ndc.Forms) != 1 {
		t.Errorf("ambiguous acronym merged: %q", ndc.Forms)
	}
	// Short acronyms are too ambiguous to match by initials alone.
	b = analyzed(written("a", "", "The Border Guards fired. Later the BG withdrew."))
	if e := entityNamed(t, b, "BG"); len(e.Forms) != 1 {
		t.Errorf("two-letter acronym merged by initials: %q", e.Forms)
	}
}

func TestEntities_DropsSentenceStartersAndDates(t *testing.T) {
	b := analyzed(written("a", "",
		"Powerful militias have announced they will disarm. However, the talks stalled on Wednesday.",
		"Growing tensions worried Baghdad. Security officials in Basra said nothing. In March the Red Crescent sent aid.",
		"Analysts expect more attacks. This is a powerful signal of growing security fears, analysts said."))
	for _, bad := range []string{"Powerful", "However", "Wednesday", "Growing", "Security", "In March", "March", "Analysts", "This"} {
		if hasEntity(b, bad) {
			t.Errorf("%q taken for an entity: %v", bad, names(b))
		}
	}
	for _, good := range []string{"Baghdad", "Basra", "Red Crescent"} {
		if !hasEntity(b, good) {
			t.Errorf("%q missing: %v", good, names(b))
		}
	}
}

// TestEntities_LoneOpeningWordNeedsProof pins that a capitalised word
// opening a sentence is a name only when the briefing capitalises it
// mid-sentence too.
func TestEntities_LoneOpeningWordNeedsProof(t *testing.T) {
	b := analyzed(written("a", "", "Kirkuk was quiet. Residents said Kirkuk had been calm."),
		written("b", "", "Regional leaders met. Regional talks followed."))
	if !hasEntity(b, "Kirkuk") {
		t.Errorf("Kirkuk missing: %v", names(b))
	}
	if hasEntity(b, "Regional") {
		t.Errorf("Regional taken for a name: %v", names(b))
	}
}

func TestEntities_Kinds(t *testing.T) {
	b := analyzed(written("a", "",
		"President Jane Doe visited the Ministry of Water Resources.",
		"The attack was claimed by the Free Valley Brigades, while a militia called Asaib Ahl denied any role.",
		"Aid arrived in Kirkuk. The spokesman, Omar Farouk, said more would come.",
		"Tit-for-tat strikes hit the Qaim region."))
	tests := map[string]string{
		"Jane Doe":                    KindPerson,
		"Ministry of Water Resources": KindOrganisation,
		"Free Valley Brigades":        KindGroup,
		"Asaib Ahl":                   KindGroup,
		"Kirkuk":                      KindPlace,
		"Omar Farouk":                 KindPerson,
		"Iraq":                        "",
	}
	for form, kind := range tests {
		if kind == "" {
			continue
		}
		if e := entityNamed(t, b, form); e.Kind != kind {
			t.Errorf("%s: kind %q, want %q", form, e.Kind, kind)
		}
	}
	if hasEntity(b, "President") || hasEntity(b, "President Jane Doe") {
		t.Errorf("title kept as or in a name: %v", names(b))
	}
}

func TestEntities_HyphenatedAndTitleCase(t *testing.T) {
	b := analyzed(
		&Article{ID: "a", Sections: []Section{{
			Heading:    "Iran-Backed Groups Threaten Strikes On Major Cities",
			Paragraphs: []string{"Iran-backed groups and pro-Iran parties met Moqtada al-Sadr in the city."},
		}}})
	for _, good := range []string{"Iran", "Moqtada al-Sadr"} {
		if !hasEntity(b, good) {
			t.Errorf("%q missing: %v", good, names(b))
		}
	}
	for _, bad := range []string{"Groups Threaten Strikes", "Major Cities", "Iran-backed", "Threaten"} {
		if hasEntity(b, bad) {
			t.Errorf("%q taken from a title-case headline: %v", bad, names(b))
		}
	}
	if e := entityNamed(t, b, "Iran"); e.Mentions != 3 {
		t.Errorf("Iran mentions = %d, want 3 (headline, Iran-backed, pro-Iran)", e.Mentions)
	}
}

func TestEntities_ClaimsSourcesAndOrder(t *testing.T) {
	a := written("a", "", "Jane Doe said the bridge at Rivertown was destroyed. The bridge at Rivertown had been closed.")
	attribute(t, a, "bridge at Rivertown was destroyed", "Jane Doe")
	c := written("b", "", "Rivertown residents fled. Officials in Rivertown counted the damage. Jane Doe was not available.")
	d := written("c", "", "The Rivertown mayor resigned.")
	b := analyzed(a, c, d)
	if b.Entities[0].Name != "Rivertown" {
		t.Fatalf("first entity %q, want Rivertown (three articles): %v", b.Entities[0].Name, names(b))
	}
	r := b.Entities[0]
	if len(r.Articles) != 3 || r.Mentions != 5 || len(r.Claims) != 5 || len(r.Sentences) != 5 {
		t.Errorf("Rivertown: articles %v mentions %d claims %d sentences %d", r.Articles, r.Mentions, len(r.Claims), len(r.Sentences))
	}
	doe := entityNamed(t, b, "Jane Doe")
	if doe.SourceOf != 1 || len(doe.Claims) != 2 || len(doe.Articles) != 2 {
		t.Errorf("Jane Doe: source of %d, claims %d, articles %v", doe.SourceOf, len(doe.Claims), doe.Articles)
	}
	for _, ref := range r.Claims {
		art := b.Articles[slices.IndexFunc(b.Articles, func(x *Article) bool { return x.ID == ref.Article })]
		if got := art.Text(ref.At)[ref.At.Start:ref.At.End]; got != ref.Text {
			t.Errorf("ref %+v points at %q, text %q", ref.At, got, ref.Text)
		}
	}
}

// TestEntities_HeadlineWithShortLowerWords pins that a headline leaving
// "its" in lower case is still read as a headline.
func TestEntities_HeadlineWithShortLowerWords(t *testing.T) {
	b := analyzed(&Article{ID: "a", Sections: []Section{{Heading: "Retaliation and its Repercussions", Paragraphs: []string{"Rockets hit Erbil."}}}})
	if hasEntity(b, "Repercussions") || hasEntity(b, "Retaliation") {
		t.Errorf("headline words taken for names: %v", names(b))
	}
}

// wordsByRegexp is what wordSpans stands in for.
func wordsByRegexp(text string) [][2]int {
	out := [][2]int{}
	for _, l := range wordRe.FindAllStringIndex(text, -1) {
		out = append(out, [2]int{l[0], l[1]})
	}
	return out
}

// TestWordSpans_MatchesTheRegexp pins that the hand-written word scan
// splits text exactly as wordRe does, so entities and claims see the same
// words.
func TestWordSpans_MatchesTheRegexp(t *testing.T) {
	texts := []string{
		"", "U.S. and U.K. troops", "U.S", "A.B.Cd", "Kata'ib Hezbollah's men", "the Iraqis' rifles", "rock 'n' roll'",
		"Iran-backed", "naïve café Zürich 3rd ١٢٣", "É.Ü. ok", "x'", "'x", "a''b", "invalid \xff\xfe bytes", "ß.Σ.",
		"Dž.Lj. title-case digraphs", "Ǆ", "e\u0301 combining", "O’Neill’s ʼtwas", "Mr. A. B. Smith", "US.A.B.",
	}
	for _, a := range generatedArticles(20) {
		for _, s := range a.Sections {
			texts = append(texts, s.Heading)
			texts = append(texts, s.Paragraphs...)
		}
	}
	for _, text := range texts {
		if got, want := wordSpans(text), wordsByRegexp(text); !slices.Equal(got, want) {
			t.Errorf("%q: scanned %v, the regexp %v", text, got, want)
		}
	}
}

// FuzzWordSpans checks the same on any text.
func FuzzWordSpans(f *testing.F) {
	for _, s := range []string{"U.S. troops", "Kata'ib's", "A.B.Cd", "naïve’", "\xff'a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := wordSpans(text), wordsByRegexp(text); !slices.Equal(got, want) {
			t.Fatalf("%q: scanned %v, the regexp %v", text, got, want)
		}
	})
}
