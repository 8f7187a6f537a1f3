// Package knowledge holds scambot's curated articles: their format, the
// embedded base, loading extra articles from a directory, and linting.
package knowledge

import (
	"fmt"
	"sort"
	"strings"
)

// Topic ids: the articles the knowledge base must cover. Code that links
// to an article by itself uses these constants, so a misspelt id does not
// compile; TestTopicConstants checks that every constant is in Topics.
const (
	TopicWhatAreFraudFactories = "what-are-fraud-factories"
	TopicWhereTheyOperate      = "where-they-operate"
	TopicWhoGetsTrafficked     = "who-gets-trafficked"
	TopicHowRecruitmentWorks   = "how-recruitment-works"
	TopicLifeInsideCompounds   = "life-inside-compounds"
	TopicScamTypes             = "scam-types"
	TopicMessagingPhishing     = "messaging-phishing"
	TopicPigButchering         = "pig-butchering"
	TopicRomanceScams          = "romance-scams"
	TopicInvestmentCryptoScams = "investment-crypto-scams"
	TopicTaskScams             = "task-scams"
	TopicJobOfferRedFlags      = "job-offer-red-flags"
	TopicVerifyAJobOffer       = "verify-a-job-offer"
	TopicCheckCommand          = "check-command"
	TopicTrappedWhatToDo       = "trapped-what-to-do"
	TopicHelpSomeoneTrapped    = "help-someone-trapped"
	TopicReportAScam           = "report-a-scam"
	TopicHotlines              = "hotlines"
	TopicCrackdownsCambodia    = "crackdowns-cambodia"
	TopicInternationalAction   = "international-action"
	TopicWhyTheyPersist        = "why-they-persist"
	TopicProtectYourself       = "protect-yourself"
	TopicRecoveryScams         = "recovery-scams"
	TopicMoneyMules            = "money-mules"
	TopicLostMoney             = "lost-money"
	TopicAboutThisBot          = "about-this-bot"
	TopicForModerators         = "for-moderators"
)

// Topics are the article ids the knowledge base must cover, in the order
// they are browsed. They are a contract: evaluation sets and other tools
// refer to them, so they are never renamed or merged.
var Topics = []string{
	TopicWhatAreFraudFactories,
	TopicWhereTheyOperate,
	TopicWhoGetsTrafficked,
	TopicHowRecruitmentWorks,
	TopicLifeInsideCompounds,
	TopicScamTypes,
	TopicMessagingPhishing,
	TopicPigButchering,
	TopicRomanceScams,
	TopicInvestmentCryptoScams,
	TopicTaskScams,
	TopicJobOfferRedFlags,
	TopicVerifyAJobOffer,
	TopicCheckCommand,
	TopicTrappedWhatToDo,
	TopicHelpSomeoneTrapped,
	TopicReportAScam,
	TopicHotlines,
	TopicCrackdownsCambodia,
	TopicInternationalAction,
	TopicWhyTheyPersist,
	TopicProtectYourself,
	TopicRecoveryScams,
	TopicMoneyMules,
	TopicLostMoney,
	TopicAboutThisBot,
	TopicForModerators,
}

// Source is where an article's facts come from.
type Source struct {
	Publisher string `yaml:"publisher" json:"publisher"`
	Title     string `yaml:"title" json:"title"`
	URL       string `yaml:"url,omitempty" json:"url,omitempty"`
	Year      int    `yaml:"year,omitempty" json:"year,omitempty"`
}

// String formats the source for a plain-text citation.
func (s Source) String() string {
	var b strings.Builder
	b.WriteString(s.Publisher)
	if s.Title != "" {
		b.WriteString(", “")
		b.WriteString(s.Title)
		b.WriteString("”")
	}
	if s.Year != 0 {
		fmt.Fprintf(&b, " (%d)", s.Year)
	}
	return b.String()
}

// Section is a part of an article body under a "## " heading. The text
// before the first heading is a section with an empty heading.
type Section struct {
	Heading string
	Text    string // Markdown subset, without the heading line
}

// Article is one topic in one language.
type Article struct {
	ID        string   `yaml:"id"`
	Title     string   `yaml:"title"`
	Lang      string   `yaml:"lang"`
	Summary   string   `yaml:"summary"`
	Questions []string `yaml:"questions"`
	Tags      []string `yaml:"tags"`
	Related   []string `yaml:"related"`
	Sources   []Source `yaml:"sources"`
	Updated   string   `yaml:"updated"`

	Body     string    `yaml:"-"` // Markdown subset (see FORMAT.md)
	Sections []Section `yaml:"-"`
	Path     string    `yaml:"-"` // where it was loaded from, for messages

	// handBody is the body as written, before the contacts placeholder was
	// expanded; generatedWords counts the words the expansion added.
	handBody       string
	handSummary    string // the summary as written, before {{number:id}} was expanded
	generatedWords int
	ownSources     int                 // Sources[:ownSources] are the front matter's; the rest the registry's
	contactSources map[string][]Source // by section heading, for sections rendered from the registry
}

// Base is a loaded knowledge base: every article by id and language.
// It is read-only after loading and safe for concurrent use.
type Base struct {
	byKey map[key]*Article
	ids   []string // Topics first, then extra ids sorted
	langs []string
}

type key struct{ id, lang string }

// NewBase indexes articles. A later article with the same id and language
// replaces an earlier one, which is how KNOWLEDGE_DIR overrides embedded
// articles.
func NewBase(articles []*Article) *Base {
	b := &Base{byKey: make(map[key]*Article, len(articles))}
	for _, a := range articles {
		b.byKey[key{a.ID, a.Lang}] = a
	}
	known := make(map[string]bool)
	for _, id := range Topics {
		known[id] = true
	}
	seenID, seenLang := map[string]bool{}, map[string]bool{}
	var extra []string
	for k := range b.byKey {
		if !known[k.id] && !seenID[k.id] {
			extra = append(extra, k.id)
		}
		seenID[k.id] = true
		if !seenLang[k.lang] {
			seenLang[k.lang] = true
			b.langs = append(b.langs, k.lang)
		}
	}
	sort.Strings(extra)
	sort.Strings(b.langs)
	for _, id := range Topics {
		if seenID[id] {
			b.ids = append(b.ids, id)
		}
	}
	b.ids = append(b.ids, extra...)
	return b
}

// IDs returns every article id, the contract topics first.
func (b *Base) IDs() []string { return b.ids }

// Langs returns the languages that have at least one article, sorted.
func (b *Base) Langs() []string { return b.langs }

// Get returns the article with exactly this id and language.
func (b *Base) Get(id, lang string) (*Article, bool) {
	a, ok := b.byKey[key{id, lang}]
	return a, ok
}

// Article returns the article in lang, or else in English. fellBack
// reports that the English version was returned in place of lang.
func (b *Base) Article(id, lang string) (a *Article, fellBack bool, ok bool) {
	if a, ok := b.byKey[key{id, lang}]; ok {
		return a, false, true
	}
	if a, ok := b.byKey[key{id, "en"}]; ok {
		return a, lang != "en", true
	}
	return nil, false, false
}

// All returns every article, ordered by id (in IDs order) then language.
func (b *Base) All() []*Article {
	out := make([]*Article, 0, len(b.byKey))
	for _, id := range b.ids {
		for _, l := range b.langs {
			if a, ok := b.byKey[key{id, l}]; ok {
				out = append(out, a)
			}
		}
	}
	return out
}

// WrittenSources returns the sources of the article's own front matter,
// without those the contacts registry added: a reply that shows no
// contact line (a country picker) cites these, not thirty hotline pages.
func (a *Article) WrittenSources() []Source {
	if a.ownSources > 0 && a.ownSources <= len(a.Sources) {
		return a.Sources[:a.ownSources]
	}
	return a.Sources
}

// ContactSources returns the sources of a section rendered from the
// contacts registry (a country of the hotlines article), and false for any
// other section.
func (a *Article) ContactSources(heading string) ([]Source, bool) {
	s, ok := a.contactSources[heading]
	return s, ok
}

// SectionsAreAlternatives reports whether the article's sections are
// alternatives, one per country rendered from the contacts registry (the
// hotlines), rather than parts of one answer: a question then gets a section
// only when it points at that one, never the first for being first.
func (a *Article) SectionsAreAlternatives() bool {
	return len(a.contactSources) > 0
}

// Section returns the section whose heading matches name (case-insensitive).
func (a *Article) Section(name string) (Section, bool) {
	for _, s := range a.Sections {
		if strings.EqualFold(strings.TrimSpace(s.Heading), strings.TrimSpace(name)) {
			return s, true
		}
	}
	return Section{}, false
}

// written returns the body and summary as the author wrote them: before the
// contacts sections and the {{number:id}} quotes were expanded.
func (a *Article) written() (body, summary string) {
	body, summary = a.handBody, a.handSummary
	if body == "" {
		body = a.Body
	}
	if summary == "" {
		summary = a.Summary
	}
	return body, summary
}
