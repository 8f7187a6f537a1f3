package knowledge

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"gopkg.in/yaml.v3"
)

// The contacts registry: every phone number and reporting address the bot
// gives, written once with its official source and the date it was checked.
// The hotlines articles' country sections are rendered from it, and lint
// refuses a phone number in an article that it does not list.

//go:embed contacts.yaml
var contactsYAML []byte

// Contact statuses.
const (
	StatusVerified   = "verified"   // read on an official page (source.url) on the verified date
	StatusUnverified = "unverified" // only news or third-party pages state it: shown with a warning
	StatusAdvice     = "advice"     // no number or address ("your embassy"): nothing to verify
)

// MaxContactAge is how long a verification stays valid; ReverifyWithin is
// how early lint starts listing an entry as due.
const (
	MaxContactAge  = 365 * 24 * time.Hour
	ReverifyWithin = 31 * 24 * time.Hour
)

// ContactsPlaceholder is the line of a hotlines article body that the
// loader replaces with the rendered country sections.
const ContactsPlaceholder = "{{contacts}}"

// NumberRef quotes one registry entry's number in article prose:
// "{{number:th-tourist-police-1155}}". The loader replaces it with the
// number as the registry writes it, followed by the unconfirmed mark when
// the entry is unverified, so prose never repeats a number without its
// status and a correction to the registry reaches every article.
var NumberRef = regexp.MustCompile(`\{\{number:([A-Za-z0-9-]+)\}\}`)

// Contact is one registry entry.
type Contact struct {
	ID        string            `yaml:"id"`
	Country   string            `yaml:"country"`
	Service   string            `yaml:"service"`
	Names     map[string]string `yaml:"names"` // the service's name in other article languages
	Number    string            `yaml:"number"`
	Abroad    string            `yaml:"abroad"`
	Also      []string          `yaml:"also"`
	Text      string            `yaml:"text"`
	WhatsApp  string            `yaml:"whatsapp"`
	Web       string            `yaml:"web"`
	Languages []string          `yaml:"languages"`
	Hours     string            `yaml:"hours"`
	For       map[string]string `yaml:"for"`
	Source    Source            `yaml:"source"`
	Verified  string            `yaml:"verified"`
	Status    string            `yaml:"status"`
	Note      string            `yaml:"note"`
}

// Numbers returns every dialable number of the entry as written.
func (c *Contact) Numbers() []string {
	var out []string
	for _, n := range append([]string{c.Number, c.Abroad, c.Text, c.WhatsApp}, c.Also...) {
		if n != "" {
			out = append(out, n)
		}
	}
	return out
}

// VerifiedOn parses the verification date (zero when absent or invalid).
func (c *Contact) VerifiedOn() time.Time {
	t, _ := time.Parse("2006-01-02", c.Verified)
	return t
}

// Country is a section of the hotlines article.
type Country struct {
	Code  string            `yaml:"code"`
	Home  []string          `yaml:"home"` // article languages that list this country first
	Names map[string]string `yaml:"names"`
}

// Labels are the words of a rendered contact line in one language.
type Labels struct {
	Languages  string `yaml:"languages"`
	Always     string `yaml:"always"`
	Abroad     string `yaml:"abroad"`
	Text       string `yaml:"text"`
	WhatsApp   string `yaml:"whatsapp"`
	Source     string `yaml:"source"`
	Checked    string `yaml:"checked"`
	Unverified string `yaml:"unverified"`
	// Unconfirmed follows an unverified number quoted in prose
	// ({{number:id}}): the short form of Unverified.
	Unconfirmed string `yaml:"unconfirmed"`
	Check       string `yaml:"check"` // closes every country section: how to check a contact
	// Stop ends a sentence and Sep joins two ("." and " " when empty); Thai
	// ends sentences with a space, Chinese with "。" and no space.
	Stop string `yaml:"stop"`
	Sep  string `yaml:"sep"`
}

func (l Labels) stop() string {
	if l.Stop == "" {
		return "."
	}
	if l.Stop == "none" {
		return ""
	}
	return l.Stop
}

func (l Labels) sep() string {
	if l.Sep == "" {
		return " "
	}
	if l.Sep == "none" {
		return ""
	}
	return l.Sep
}

// Registry is the parsed contacts.yaml.
type Registry struct {
	Countries     []Country         `yaml:"countries"`
	LanguageNames map[string]string `yaml:"language_names"`
	Labels        map[string]Labels `yaml:"labels"`
	Contacts      []Contact         `yaml:"contacts"`

	byDigits map[string]*Contact
}

var (
	registryOnce sync.Once
	registry     *Registry
	registryErr  error
)

// Contacts returns the embedded registry. It is parsed once; a broken file
// is an error every caller sees (and a test catches).
func Contacts() (*Registry, error) {
	registryOnce.Do(func() { registry, registryErr = ParseContacts(contactsYAML) })
	return registry, registryErr
}

// ParseContacts parses a registry file.
func ParseContacts(data []byte) (*Registry, error) {
	var r Registry
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("contacts registry: %w", err)
	}
	r.byDigits = map[string]*Contact{}
	for i := range r.Contacts {
		c := &r.Contacts[i]
		for _, n := range c.Numbers() {
			r.byDigits[digits(n)] = c
		}
	}
	return &r, nil
}

// ByID returns the entry with that id.
func (r *Registry) ByID(id string) (*Contact, bool) {
	for i := range r.Contacts {
		if r.Contacts[i].ID == id {
			return &r.Contacts[i], true
		}
	}
	return nil, false
}

// Quote is how prose in lang shows an entry's number: the number (or the
// address of an entry without one), marked when it is unverified.
func (r *Registry) Quote(c *Contact, lang string) string {
	s := c.Number
	if s == "" {
		s = c.Web
	}
	if c.Status == StatusUnverified {
		mark := r.Labels[lang].Unconfirmed
		if mark == "" {
			mark = r.Labels["en"].Unconfirmed
		}
		s += " (⚠️ " + mark + ")"
	}
	return s
}

// ExpandRefs replaces every {{number:id}} in text with the entry's quoted
// number, and returns the ids it does not know.
func (r *Registry) ExpandRefs(text, lang string) (string, []string) {
	if !strings.Contains(text, "{{number:") {
		return text, nil
	}
	var unknown []string
	out := NumberRef.ReplaceAllStringFunc(text, func(m string) string {
		id := NumberRef.FindStringSubmatch(m)[1]
		c, ok := r.ByID(id)
		if !ok || (c.Number == "" && c.Web == "") {
			unknown = append(unknown, id)
			return m
		}
		return r.Quote(c, lang)
	})
	return out, unknown
}

// FindPhones returns the phone numbers in text (the package FindPhones),
// plus every short number the registry lists that stands alone anywhere in
// it: "997 in Malaysia" has no phone word before it, but the registry knows
// it is a number to dial.
func (r *Registry) FindPhones(text string) []PhoneMention {
	out := FindPhones(text)
	seen := map[PhoneMention]bool{}
	for _, m := range out {
		seen[m] = true
	}
	for i, line := range strings.Split(text, "\n") {
		for _, loc := range shortCode.FindAllStringIndex(line, -1) {
			s := line[loc[0]:loc[1]]
			m := PhoneMention{i + 1, s}
			if seen[m] || yearLike(s) || !standalone(line, loc[0], loc[1]) {
				continue
			}
			if _, ok := r.byDigits[s]; ok && s == digits(s) {
				out = append(out, m)
				seen[m] = true
			}
		}
	}
	return out
}

// Lookup finds the entry a number belongs to, whatever its spacing.
func (r *Registry) Lookup(number string) (*Contact, bool) {
	c, ok := r.byDigits[digits(number)]
	return c, ok
}

// InCountry returns the entries of one country code, in file order.
func (r *Registry) InCountry(code string) []*Contact {
	var out []*Contact
	for i := range r.Contacts {
		if r.Contacts[i].Country == code {
			out = append(out, &r.Contacts[i])
		}
	}
	return out
}

func digits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// countryOrder lists the countries for an article language: the ones whose
// home is that language first (a Vietnamese reader sees Vietnam first),
// "everywhere else" last, the rest in file order.
func (r *Registry) countryOrder(lang string) []Country {
	var home, rest []Country
	for _, c := range r.Countries {
		if slices.Contains(c.Home, lang) {
			home = append(home, c)
		} else {
			rest = append(rest, c)
		}
	}
	return append(home, rest...)
}

func pick(m map[string]string, lang string) string {
	if s := m[lang]; s != "" {
		return s
	}
	return m["en"]
}

// Render writes the "## Country" sections for an article language, and
// returns the sources the lines cite (one per distinct URL), so the article
// lists them like any other source.
func (r *Registry) Render(lang string) (string, []Source) {
	text, sources, _ := r.render(lang)
	return text, sources
}

// render also returns each section's own sources, by heading, so a reply
// that shows one country cites exactly the pages behind its lines.
func (r *Registry) render(lang string) (string, []Source, map[string][]Source) {
	lab, ok := r.Labels[lang]
	if !ok {
		lab = r.Labels["en"]
	}
	var b strings.Builder
	var sources []Source
	seen := map[string]bool{}
	bySection := map[string][]Source{}
	for _, country := range r.countryOrder(lang) {
		entries := r.InCountry(country.Code)
		if len(entries) == 0 {
			continue
		}
		heading := pick(country.Names, lang)
		fmt.Fprintf(&b, "## %s\n\n", heading)
		inSection := map[string]bool{}
		for _, c := range entries {
			b.WriteString("- " + r.line(c, lang, lab) + "\n")
			if c.Source.URL == "" {
				continue
			}
			if !inSection[c.Source.URL] {
				inSection[c.Source.URL] = true
				bySection[heading] = append(bySection[heading], c.Source)
			}
			if !seen[c.Source.URL] {
				seen[c.Source.URL] = true
				sources = append(sources, c.Source)
			}
		}
		// A country's section is also shown alone (/hotlines Cambodia, the
		// help path), so each one carries the advice to check a contact
		// before sending personal details, not just the article's intro.
		if lab.Check != "" {
			b.WriteString("\n*" + lab.Check + "*\n")
		}
		b.WriteString("\n")
	}
	return strings.TrimSpace(b.String()), sources, bySection
}

// line renders one contact as a single Markdown bullet (the subset allows
// one line per item).
func (r *Registry) line(c *Contact, lang string, lab Labels) string {
	stop, sep := lab.stop(), lab.sep()
	var b strings.Builder
	name := c.Service
	if n := c.Names[lang]; n != "" {
		name = n
	}
	b.WriteString("**" + name)
	switch {
	case c.Number != "":
		b.WriteString(": " + c.Number)
	case c.Web != "":
		b.WriteString(": " + c.Web)
	}
	b.WriteString("**")
	var extra []string
	if c.Abroad != "" {
		extra = append(extra, lab.Abroad+" "+c.Abroad)
	}
	if c.Text != "" {
		extra = append(extra, lab.Text+" "+c.Text)
	}
	if c.WhatsApp != "" {
		extra = append(extra, lab.WhatsApp+" "+c.WhatsApp)
	}
	if c.Web != "" && c.Number != "" {
		extra = append(extra, c.Web)
	}
	if len(extra) > 0 {
		b.WriteString(" (" + strings.Join(extra, "; ") + ")")
	}
	b.WriteString(stop + sep + ensureStop(pick(c.For, lang), stop))
	if c.Hours == "24/7" {
		b.WriteString(sep + lab.Always + stop)
	} else if c.Hours != "" {
		b.WriteString(sep + ensureStop(c.Hours, "."))
	}
	if len(c.Languages) > 0 {
		names := make([]string, 0, len(c.Languages))
		for _, l := range c.Languages {
			if n := r.LanguageNames[l]; n != "" {
				names = append(names, n)
			} else {
				names = append(names, l)
			}
		}
		b.WriteString(sep + lab.Languages + ": " + strings.Join(names, ", ") + stop)
	}
	if c.Status == StatusUnverified {
		b.WriteString(" ⚠️ *" + lab.Unverified + "*")
	}
	// Every line names its source, advice too: a country's section is
	// shown alone and must cite what it says.
	switch {
	case c.Status != StatusAdvice:
		fmt.Fprintf(&b, " (%s: %s, %s %s)", lab.Source, c.Source.Publisher, lab.Checked, c.Verified)
	case c.Source.Publisher != "":
		fmt.Fprintf(&b, " (%s: %s)", lab.Source, c.Source.Publisher)
	}
	return b.String()
}

// ensureStop ends s with stop unless it already ends with punctuation.
func ensureStop(s, stop string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	last := []rune(s)[len([]rune(s))-1]
	if unicode.IsPunct(last) {
		return s
	}
	return s + stop
}

// expandContacts replaces the placeholder line of an article body with the
// rendered sections, and adds the cited sources. It returns the number of
// words it added, which the length limit does not count.
func expandContacts(a *Article, r *Registry) int {
	if !strings.Contains(a.Body, ContactsPlaceholder) {
		return 0
	}
	text, sources, bySection := r.render(a.Lang)
	a.ownSources = len(a.Sources)
	a.contactSources = bySection
	a.Body = strings.Replace(a.Body, ContactsPlaceholder, text, 1)
	a.Sections = splitSections(a.Body)
	have := map[string]bool{}
	for _, s := range a.Sources {
		have[s.URL] = true
	}
	for _, s := range sources {
		if !have[s.URL] {
			a.Sources = append(a.Sources, s)
			have[s.URL] = true
		}
	}
	return bodyWords(text)
}

// Contact problems, checked at a given time so tests are deterministic.

// ContactFinding is one registry lint result: Due findings are reminders
// (the entry is still valid), the rest are errors.
type ContactFinding struct {
	ID  string
	Msg string
	Due bool
}

// CheckContacts checks the registry itself at time now.
func (r *Registry) CheckContacts(now time.Time) []ContactFinding {
	var out []ContactFinding
	add := func(c *Contact, due bool, format string, args ...any) {
		out = append(out, ContactFinding{ID: c.ID, Msg: fmt.Sprintf(format, args...), Due: due})
	}
	codes := map[string]bool{}
	for _, c := range r.Countries {
		codes[c.Code] = true
	}
	ids := map[string]bool{}
	numbers := map[string]*Contact{} // one country's numbers are unique; 110 is police in two
	for i := range r.Contacts {
		c := &r.Contacts[i]
		if c.ID == "" {
			out = append(out, ContactFinding{ID: fmt.Sprintf("contacts[%d]", i), Msg: "id is missing"})
			continue
		}
		if ids[c.ID] {
			add(c, false, "duplicate id")
		}
		ids[c.ID] = true
		if !codes[c.Country] {
			add(c, false, "unknown country %q", c.Country)
		}
		if c.Service == "" || c.For["en"] == "" {
			add(c, false, "service and for.en are required")
		}
		for _, n := range c.Numbers() {
			d := digits(n)
			if len(d) < 3 {
				add(c, false, "number %q has fewer than 3 digits", n)
			}
			if other, dup := numbers[c.Country+d]; dup && other != c {
				add(c, false, "number %q is also listed under %s", n, other.ID)
			}
			numbers[c.Country+d] = c
		}
		for _, l := range c.Languages {
			if r.LanguageNames[l] == "" {
				add(c, false, "language %q has no entry in language_names", l)
			}
		}
		switch c.Status {
		case StatusAdvice:
			if len(c.Numbers()) > 0 || c.Web != "" {
				add(c, false, "an advice entry has no number or address; give it a status and a source")
			}
			continue
		case StatusVerified, StatusUnverified:
		default:
			add(c, false, "status %q: want verified, unverified or advice", c.Status)
			continue
		}
		if c.Source.Publisher == "" || c.Source.URL == "" {
			add(c, false, "source: publisher and url are required (the page the number was read on)")
		} else if !strings.HasPrefix(c.Source.URL, "https://") && !strings.HasPrefix(c.Source.URL, "http://") {
			add(c, false, "source url %q is not an http(s) address", c.Source.URL)
		}
		if c.Status == StatusUnverified && c.Note == "" {
			add(c, false, "an unverified entry needs a note saying what is missing")
		}
		on := c.VerifiedOn()
		switch {
		case on.IsZero():
			add(c, false, "verified %q is not a date (YYYY-MM-DD)", c.Verified)
		case on.After(now.Add(24 * time.Hour)):
			add(c, false, "verified %s is in the future", c.Verified)
		case now.Sub(on) > MaxContactAge:
			add(c, false, "verified %s, more than 12 months ago: check it again on its official source and update the date", c.Verified)
		case now.Sub(on) > MaxContactAge-ReverifyWithin:
			add(c, true, "due for re-verification (verified %s)", c.Verified)
		}
	}
	return out
}

// Phone numbers in article text.
var (
	// "+86 10 12308", "+84 981 84 84 84": a plus sign and at least 6 digits.
	phoneIntl = regexp.MustCompile(`\+\d[\d \-().]{4,}\d`)
	// "0300 123 2040", "1-888-373-7888", "0811-8080-141": digit groups with
	// separators, 7 or more digits in all (counted below).
	phoneGroups = regexp.MustCompile(`\b\d{1,5}(?:[ \-.]\d{2,5}){1,4}\b`)
	// A bare run of 3-6 digits (a short code like 1155), checked for a
	// phone word before it.
	shortCode = regexp.MustCompile(`\d{3,6}`)
	isoDay    = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

// phoneWords precede a short code that is a phone number ("call 1155",
// "hotline 1441", "gọi 113", "拨打110", "โทร 1300"). Kept broad: a false
// alarm costs registering or rewording, a miss lets an unchecked number
// through. Matched case-insensitively within a few characters before the
// number.
var (
	phoneWordsLatin = regexp.MustCompile(`(?i)\b(call|dial|hotline|helpline|actionline|line|number|tel|emergency|police|text|sms|` +
		`hubungi|nomor|nombor|darurat|kecemasan|polis|polisi|tawagan|tumawag|numero)\b[^.\n!?]{0,12}$`)
	phoneWordsOther = regexp.MustCompile(`(gọi|số|đường dây|tổng đài|khẩn cấp|công an|` +
		`कॉल|नंबर|हेल्पलाइन|पुलिस|` +
		`拨打|电话|热线|专线|报警|号码|` +
		`โทร|สายด่วน|เบอร์|หมายเลข|ตำรวจ)[^.\n。!?]{0,12}$`)
)

func afterPhoneWord(before string) bool {
	return phoneWordsLatin.MatchString(before) || phoneWordsOther.MatchString(before)
}

// PhoneMention is a phone-number-like string found in an article.
type PhoneMention struct {
	Line   int // body line, 1-based
	Number string
}

// FindPhones returns the phone numbers in text: international numbers,
// grouped numbers of 7+ digits, and short codes after a phone word.
// Figures (a comma or period inside, a year, a date, a percentage, money)
// are not phone numbers.
func FindPhones(text string) []PhoneMention {
	var out []PhoneMention
	for i, line := range strings.Split(text, "\n") {
		taken := make([]bool, len(line))
		mark := func(lo, hi int) {
			for k := lo; k < hi; k++ {
				taken[k] = true
			}
		}
		free := func(lo, hi int) bool {
			for k := lo; k < hi; k++ {
				if taken[k] {
					return false
				}
			}
			return true
		}
		for _, m := range phoneIntl.FindAllStringIndex(line, -1) {
			if len(digits(line[m[0]:m[1]])) >= 6 {
				out = append(out, PhoneMention{i + 1, strings.TrimSpace(line[m[0]:m[1]])})
				mark(m[0], m[1])
			}
		}
		for _, m := range phoneGroups.FindAllStringIndex(line, -1) {
			s := line[m[0]:m[1]]
			if !free(m[0], m[1]) || len(digits(s)) < 7 || isoDay.MatchString(s) || strings.Contains(s, ".") {
				continue
			}
			out = append(out, PhoneMention{i + 1, s})
			mark(m[0], m[1])
		}
		for _, m := range shortCode.FindAllStringIndex(line, -1) {
			if !free(m[0], m[1]) || !standalone(line, m[0], m[1]) {
				continue
			}
			s := line[m[0]:m[1]]
			if y := yearLike(s); y {
				continue
			}
			// A short code in bold ("**Police: 117.**") or after a
			// phone word is a number to dial.
			if strings.Count(line[:m[0]], "**")%2 == 1 || afterPhoneWord(line[max(0, m[0]-60):m[0]]) {
				out = append(out, PhoneMention{i + 1, s})
			}
		}
	}
	return out
}

// standalone reports whether the digits at [lo,hi) are a whole number, not
// part of 1,000, 3.5, 40%, $500, a word or a longer digit run.
func standalone(line string, lo, hi int) bool {
	if lo > 0 {
		switch p := line[lo-1]; {
		case p >= '0' && p <= '9', p == ',', p == '.', p == '$', p == '£', p == '-', p == '/':
			return false
		case p >= 'A' && p <= 'Z' || p >= 'a' && p <= 'z':
			return false
		}
		if strings.HasSuffix(line[:lo], "RM") || strings.HasSuffix(line[:lo], "Rp") || strings.HasSuffix(line[:lo], "₱") || strings.HasSuffix(line[:lo], "₹") || strings.HasSuffix(line[:lo], "¥") || strings.HasSuffix(line[:lo], "฿") {
			return false
		}
	}
	if hi < len(line) {
		switch n := line[hi]; {
		case n >= '0' && n <= '9', n == '%', n == '-', n == '/':
			return false
		case n == ',' || n == '.':
			// "1,000" or "3.5" continue the number; "191." ends a sentence.
			if hi+1 < len(line) && line[hi+1] >= '0' && line[hi+1] <= '9' {
				return false
			}
		case n >= 'A' && n <= 'Z' || n >= 'a' && n <= 'z':
			return false
		}
	}
	return true
}

// yearLike: 1900-2099 and Thai Buddhist-era years 2400-2699 are dates,
// never short codes here.
func yearLike(s string) bool {
	if len(s) != 4 {
		return false
	}
	return s >= "1900" && s <= "2099" || s >= "2400" && s <= "2699"
}
