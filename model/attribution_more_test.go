package model

import "testing"

func TestAttr_PluralHeadBeforeAPhrase(t *testing.T) {
	checkPanels(t, []struct{ text, panel, detail string }{
		{"Residents of the valley say the river rose two metres.", "claims", "Residents of the valley"},
		{"Shop owners in the old town say sales fell by half in 2024.", "claims", "Shop owners in the old town"},
		// A singular head before the phrase is no plural subject of "say".
		{"The owner of the shop say it closed.", "", ""},
	})
}

func TestAttr_AdviceAndBlame(t *testing.T) {
	checkPanels(t, []struct{ text, panel, detail string }{
		{"Doctors recommend that patients stay indoors.", "claims", "Doctors"},
		{"Police blamed ice for the crash on Route 9.", "claims", "Police"},
		// Advice with no clause is a deed of the article's report.
		{"The committee recommended three changes to the law in 2025.", "claims", "<nil>"},
	})
}
