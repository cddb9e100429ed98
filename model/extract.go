package model

// extract fills the article's claims, open questions and unverified details.
// TEMPORARY: replaced by the extractor of issue 2.
func extract(a *Article) {
	a.Claims = []Claim{}
	a.OpenQuestions = []Question{}
	a.Unverified = []Detail{}
}
