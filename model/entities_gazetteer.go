package model

import "strings"

// Entity kinds. Unknown is a valid answer: a kind is only given when a cue
// in the text or the gazetteer supports it.
const (
	KindPerson       = "person"
	KindOrganisation = "organisation"
	KindGroup        = "group"
	KindPlace        = "place"
	KindOther        = "other"
)

// gazEntry is one well-known name with the forms news writing uses for it.
type gazEntry struct {
	name string
	kind string
	// in is the country a city lies in, so that "in Baghdad" and "in Iraq"
	// are not read as different places.
	in string
	// forms are alternative names; short upper-case forms (US, UN) only
	// match when written in capitals, so that "us" and "Us" never do.
	forms []string
	// demonyms are adjectives and plurals for the country's people
	// ("Iraqi", "Iraqis"). They are merged into the country: in news
	// writing "Iraqi officials" and "American troops" name the state, and a
	// reader asking who the articles are about wants one entry. The table
	// holds whole words only; no suffix is stripped from unknown words
	// ("Christian" is not "Christ").
	demonyms []string
}

// gazetteer is general world knowledge: countries with their usual
// demonyms, capitals and large cities, and the international bodies and
// armed groups most often named in English news. It lists common aliases,
// never anything particular to one briefing.
var gazetteer = []gazEntry{
	{name: "United States", kind: KindPlace, forms: []string{"US", "U.S.", "USA", "U.S.A.", "United States of America", "America"}, demonyms: []string{"American", "Americans"}},
	{name: "United Kingdom", kind: KindPlace, forms: []string{"UK", "U.K.", "Britain", "Great Britain"}, demonyms: []string{"British", "Briton", "Britons"}},
	{name: "United Nations", kind: KindOrganisation, forms: []string{"UN", "U.N."}},
	{name: "European Union", kind: KindOrganisation, forms: []string{"EU", "E.U."}},
	{name: "NATO", kind: KindOrganisation, forms: []string{"North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "Nato"}},
	{name: "Pentagon", kind: KindOrganisation},
	{name: "White House", kind: KindOrganisation},
	{name: "Kremlin", kind: KindOrganisation},
	{name: "Congress", kind: KindOrganisation},
	{name: "Reuters", kind: KindOrganisation},
	{name: "Associated Press", kind: KindOrganisation},
	{name: "BBC", kind: KindOrganisation},
	{name: "CNN", kind: KindOrganisation},
	{name: "Islamic State", kind: KindGroup, forms: []string{"ISIS", "ISIL", "Daesh", "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria"}},
	{name: "al-Qaeda", kind: KindGroup, forms: []string{"al-Qaida", "al Qaeda", "Al Qaeda"}},
	{name: "Hamas", kind: KindGroup},
	{name: "Hezbollah", kind: KindGroup, forms: []string{"Hizbollah", "Hizballah"}},
	{name: "Taliban", kind: KindGroup},
	{name: "Houthis", kind: KindGroup, forms: []string{"Houthi"}},

	{name: "Middle East", kind: KindPlace},
	{name: "Europe", kind: KindPlace, demonyms: []string{"European", "Europeans"}},
	{name: "Africa", kind: KindPlace, demonyms: []string{"African", "Africans"}},
	{name: "Asia", kind: KindPlace, demonyms: []string{"Asian", "Asians"}},
	{name: "Gaza", kind: KindPlace, forms: []string{"Gaza Strip"}},
	{name: "West Bank", kind: KindPlace},

	{name: "Iraq", kind: KindPlace, demonyms: []string{"Iraqi", "Iraqis"}},
	{name: "Iran", kind: KindPlace, demonyms: []string{"Iranian", "Iranians"}},
	{name: "Syria", kind: KindPlace, demonyms: []string{"Syrian", "Syrians"}},
	{name: "Jordan", kind: KindPlace, demonyms: []string{"Jordanian", "Jordanians"}},
	{name: "Lebanon", kind: KindPlace, demonyms: []string{"Lebanese"}},
	{name: "Israel", kind: KindPlace, demonyms: []string{"Israeli", "Israelis"}},
	{name: "Egypt", kind: KindPlace, demonyms: []string{"Egyptian", "Egyptians"}},
	{name: "Saudi Arabia", kind: KindPlace, demonyms: []string{"Saudi", "Saudis"}},
	{name: "Yemen", kind: KindPlace, demonyms: []string{"Yemeni", "Yemenis"}},
	{name: "Turkey", kind: KindPlace, forms: []string{"Türkiye"}, demonyms: []string{"Turkish", "Turks"}},
	{name: "Qatar", kind: KindPlace, demonyms: []string{"Qatari"}},
	{name: "Kuwait", kind: KindPlace, demonyms: []string{"Kuwaiti"}},
	{name: "United Arab Emirates", kind: KindPlace, forms: []string{"UAE", "U.A.E."}, demonyms: []string{"Emirati"}},
	{name: "Bahrain", kind: KindPlace},
	{name: "Oman", kind: KindPlace},
	{name: "Afghanistan", kind: KindPlace, demonyms: []string{"Afghan", "Afghans"}},
	{name: "Pakistan", kind: KindPlace, demonyms: []string{"Pakistani", "Pakistanis"}},
	{name: "India", kind: KindPlace, demonyms: []string{"Indian", "Indians"}},
	{name: "China", kind: KindPlace, demonyms: []string{"Chinese"}},
	{name: "Japan", kind: KindPlace, demonyms: []string{"Japanese"}},
	{name: "North Korea", kind: KindPlace, demonyms: []string{"North Korean"}},
	{name: "South Korea", kind: KindPlace, demonyms: []string{"South Korean"}},
	{name: "Taiwan", kind: KindPlace, demonyms: []string{"Taiwanese"}},
	{name: "Russia", kind: KindPlace, demonyms: []string{"Russian", "Russians"}},
	{name: "Ukraine", kind: KindPlace, demonyms: []string{"Ukrainian", "Ukrainians"}},
	{name: "Poland", kind: KindPlace, demonyms: []string{"Polish"}},
	{name: "Germany", kind: KindPlace, demonyms: []string{"German", "Germans"}},
	{name: "France", kind: KindPlace, demonyms: []string{"French"}},
	{name: "Italy", kind: KindPlace, demonyms: []string{"Italian", "Italians"}},
	{name: "Spain", kind: KindPlace, demonyms: []string{"Spanish"}},
	{name: "Canada", kind: KindPlace, demonyms: []string{"Canadian", "Canadians"}},
	{name: "Mexico", kind: KindPlace, demonyms: []string{"Mexican", "Mexicans"}},
	{name: "Brazil", kind: KindPlace, demonyms: []string{"Brazilian", "Brazilians"}},
	{name: "Argentina", kind: KindPlace, demonyms: []string{"Argentine", "Argentinian"}},
	{name: "Venezuela", kind: KindPlace, demonyms: []string{"Venezuelan", "Venezuelans"}},
	{name: "Cuba", kind: KindPlace, demonyms: []string{"Cuban", "Cubans"}},
	{name: "Australia", kind: KindPlace, demonyms: []string{"Australian", "Australians"}},
	{name: "Libya", kind: KindPlace, demonyms: []string{"Libyan", "Libyans"}},
	{name: "Sudan", kind: KindPlace, demonyms: []string{"Sudanese"}},
	{name: "Somalia", kind: KindPlace, demonyms: []string{"Somali", "Somalis"}},
	{name: "Ethiopia", kind: KindPlace, demonyms: []string{"Ethiopian", "Ethiopians"}},
	{name: "Nigeria", kind: KindPlace, demonyms: []string{"Nigerian", "Nigerians"}},
	{name: "Kenya", kind: KindPlace, demonyms: []string{"Kenyan", "Kenyans"}},
	{name: "South Africa", kind: KindPlace, demonyms: []string{"South African", "South Africans"}},

	{name: "Baghdad", kind: KindPlace, in: "Iraq"},
	{name: "Erbil", kind: KindPlace, in: "Iraq"},
	{name: "Basra", kind: KindPlace, in: "Iraq"},
	{name: "Mosul", kind: KindPlace, in: "Iraq"},
	{name: "Tehran", kind: KindPlace, in: "Iran"},
	{name: "Damascus", kind: KindPlace, in: "Syria"},
	{name: "Aleppo", kind: KindPlace, in: "Syria"},
	{name: "Amman", kind: KindPlace, in: "Jordan"},
	{name: "Beirut", kind: KindPlace, in: "Lebanon"},
	{name: "Jerusalem", kind: KindPlace, in: "Israel"},
	{name: "Tel Aviv", kind: KindPlace, in: "Israel"},
	{name: "Cairo", kind: KindPlace, in: "Egypt"},
	{name: "Riyadh", kind: KindPlace, in: "Saudi Arabia"},
	{name: "Sanaa", kind: KindPlace, in: "Yemen"},
	{name: "Ankara", kind: KindPlace, in: "Turkey"},
	{name: "Istanbul", kind: KindPlace, in: "Turkey"},
	{name: "Doha", kind: KindPlace, in: "Qatar"},
	{name: "Kabul", kind: KindPlace, in: "Afghanistan"},
	{name: "Moscow", kind: KindPlace, in: "Russia"},
	{name: "Kyiv", kind: KindPlace, in: "Ukraine", forms: []string{"Kiev"}},
	{name: "Beijing", kind: KindPlace, in: "China"},
	{name: "London", kind: KindPlace, in: "United Kingdom"},
	{name: "Paris", kind: KindPlace, in: "France"},
	{name: "Berlin", kind: KindPlace, in: "Germany"},
	{name: "Brussels", kind: KindPlace},
	{name: "Washington", kind: KindPlace, in: "United States"},
	{name: "New York", kind: KindPlace, in: "United States"},
	{name: "Tokyo", kind: KindPlace, in: "Japan"},
	{name: "New Delhi", kind: KindPlace, in: "India"},
}

// gazForm is what a merge key found in the gazetteer stands for.
type gazForm struct {
	entry *gazEntry
	// caps is true for short forms that only count when written in capitals.
	caps bool
	// country is true for names and demonyms of countries and regions: a
	// capitalised phrase starting with one ("American Red Cross") is split
	// into the country and the rest.
	country bool
}

// gazIndex maps merge keys of every gazetteer form to its entry. Built once;
// never written after.
var gazIndex = buildGazIndex()

func buildGazIndex() map[string]gazForm {
	idx := make(map[string]gazForm)
	for i := range gazetteer {
		e := &gazetteer[i]
		country := e.kind == KindPlace && e.in == ""
		add := func(form string) {
			caps := len([]rune(form)) <= 5 && strings.ToUpper(form) == form
			idx[mergeKey(form)] = gazForm{entry: e, caps: caps, country: country}
		}
		add(e.name)
		for _, f := range e.forms {
			add(f)
		}
		for _, d := range e.demonyms {
			add(d)
		}
	}
	return idx
}

// lookupGaz finds the gazetteer entry a surface form names, honouring the
// capitals-only rule for short forms.
func lookupGaz(surface string) (gazForm, bool) {
	g, ok := gazIndex[mergeKey(surface)]
	if !ok {
		return gazForm{}, false
	}
	if g.caps && strings.ToUpper(surface) != surface {
		return gazForm{}, false
	}
	return g, true
}
