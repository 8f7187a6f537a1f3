package knowledge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestFindPhones(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Call the Tourist Police on 1155 now.", []string{"1155"}},
		{"**Police: 191.** Emergencies.", []string{"191"}},
		{"Consular line +86 10 12308, 24 hours.", []string{"+86 10 12308"}},
		{"Report Fraud: 0300 123 2040 or online.", []string{"0300 123 2040"}},
		{"hotline 1-888-373-7888", []string{"1-888-373-7888"}},
		{"gọi +84 981 84 84 84 ngay", []string{"+84 981 84 84 84"}},
		{"请拨打110报警", []string{"110"}},
		{"โทร 1300 ได้ตลอด", []string{"1300"}},
		// Figures, years and dates are not phone numbers.
		{"about 9,000 phones and 800 computers were seized", nil},
		{"In 2022 police raided compounds; call them since 2023.", nil},
		{"updated 2026-11-27, a 40% rise, $500 fees, 3.5 million", nil},
		{"พ.ศ. 2566 ตำรวจ 2566", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range FindPhones(tt.text) {
			got = append(got, m.Number)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("FindPhones(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A number an article gives must be in the registry: plant one that is not.
func TestLintRejectsUnregisteredNumber(t *testing.T) {
	planted := strings.Replace(good, "Body text.", "If you are scammed, call the hotline 1-800-555-0199 or dial 4242 at once.", 1)
	registered := strings.Replace(good, "Body text.", "In Vietnam call the police on 113.", 1)
	articles, errs := LoadFS(fstest.MapFS{
		"en/pig-butchering.md": {Data: []byte(planted)},
		"en/romance-scams.md":  {Data: []byte(strings.Replace(registered, "id: pig-butchering", "id: romance-scams", 1))},
	}, "kb")
	var all strings.Builder
	for _, p := range Errors(Lint(articles, errs)) {
		all.WriteString(p.String() + "\n")
	}
	for _, want := range []string{`"1-800-555-0199" is not in the contacts registry`, `"4242" is not in the contacts registry`} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("lint output lacks %q:\n%s", want, all.String())
		}
	}
	if strings.Contains(all.String(), `"113"`) {
		t.Errorf("registered number 113 flagged:\n%s", all.String())
	}
}

func TestCheckContactsAge(t *testing.T) {
	reg, err := ParseContacts([]byte(`
countries: [{code: VN, names: {en: Vietnam}}]
language_names: {en: English}
labels: {en: {unverified: "x"}}
contacts:
  - {id: fresh, country: VN, service: A, number: "111", for: {en: a}, source: {publisher: P, url: "https://example.gov/a"}, verified: 2026-06-01, status: verified}
  - {id: due, country: VN, service: B, number: "222", for: {en: b}, source: {publisher: P, url: "https://example.gov/b"}, verified: 2025-12-20, status: verified}
  - {id: stale, country: VN, service: C, number: "333", for: {en: c}, source: {publisher: P, url: "https://example.gov/c"}, verified: 2025-11-01, status: verified}
  - {id: nosource, country: VN, service: D, number: "444", for: {en: d}, verified: 2026-06-01, status: verified}
  - {id: guess, country: VN, service: E, number: "555", for: {en: e}, source: {publisher: P, url: "https://news.example/e"}, verified: 2026-06-01, status: unverified}
`))
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	got := map[string]ContactFinding{}
	for _, f := range reg.CheckContacts(now) {
		got[f.ID] = f
	}
	tests := []struct {
		id      string
		found   bool
		due     bool
		snippet string
	}{
		{"fresh", false, false, ""},
		{"due", true, true, "due for re-verification"},
		{"stale", true, false, "more than 12 months ago"},
		{"nosource", true, false, "source: publisher and url are required"},
		{"guess", true, false, "needs a note"},
	}
	for _, tt := range tests {
		f, ok := got[tt.id]
		if ok != tt.found || ok && (f.Due != tt.due || !strings.Contains(f.Msg, tt.snippet)) {
			t.Errorf("%s: finding %+v (found %v), want found=%v due=%v %q", tt.id, f, ok, tt.found, tt.due, tt.snippet)
		}
	}
}

// The embedded registry renders a section for each country in every
// article language, and every number it renders can be looked up.
func TestRegistryRendersEveryCountry(t *testing.T) {
	reg, err := Contacts()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"en", "zh", "vi", "id", "ms", "th", "hi", "tl"} {
		text, sources := reg.Render(l)
		if n := strings.Count(text, "\n## ") + 1; n != len(reg.Countries) {
			t.Errorf("%s: %d sections, want %d", l, n, len(reg.Countries))
		}
		if len(sources) == 0 {
			t.Errorf("%s: no sources", l)
		}
		for _, m := range FindPhones(text) {
			if _, ok := reg.Lookup(m.Number); !ok {
				t.Errorf("%s: rendered %q is not registered", l, m.Number)
			}
		}
	}
	if _, ok := reg.Lookup("+86-10-12308"); !ok {
		t.Error("12308 with dashes not found")
	}
}

func TestContactsReport(t *testing.T) {
	articles, errs := LoadFS(EmbeddedFS(), "articles")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var b strings.Builder
	if err := ContactsReport(&b, articles, time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"## Thailand", "| Tourist Police | 1155 |", "+84 981 84 84 84", "| verified |", "None: every phone number"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

// docs/contacts-report.md is generated; adding an entry without
// regenerating it leaves the report wrong, so every number must be in it.
func TestContactsReportIsCurrent(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "docs", "contacts-report.md"))
	if err != nil {
		t.Fatal(err)
	}
	reg, err := Contacts()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range reg.Contacts {
		for _, n := range append([]string{c.Service, c.Verified}, c.Number, c.Abroad) {
			if n != "" && !strings.Contains(string(data), n) {
				t.Errorf("docs/contacts-report.md lacks %q (%s): run scambot kb contacts -o docs/contacts-report.md", n, c.ID)
			}
		}
	}
}

// A number quoted with {{number:id}} is written from the registry with its
// status (a verified line plainly, an unverified one with the "unconfirmed"
// label), so lint does not warn about it; the same unverified number typed
// into prose is a warning, and an unknown id fails the load. The entries are
// picked by status, so the test keeps covering both cases as entries get
// verified.
func TestNumberRefs(t *testing.T) {
	reg, err := Contacts()
	if err != nil {
		t.Fatal(err)
	}
	var verified, unverified *Contact
	for i := range reg.Contacts {
		c := &reg.Contacts[i]
		if n := digits(c.Number); n == "" || len(n) > 5 {
			continue // short codes only: "on 1155." reads the same in every test line
		}
		switch {
		case verified == nil && c.Status == StatusVerified:
			verified = c
		case unverified == nil && c.Status == StatusUnverified:
			unverified = c
		}
	}
	if verified == nil {
		t.Fatal("the registry has no verified short-code entry to quote")
	}
	quotes := "Call {{number:" + verified.ID + "}} now."
	if unverified != nil {
		quotes += " Or call {{number:" + unverified.ID + "}} now."
	}
	quoted := strings.Replace(good, "Body text.", quotes, 1)
	files := fstest.MapFS{"en/pig-butchering.md": {Data: []byte(quoted)}}
	if unverified != nil {
		typed := strings.Replace(strings.Replace(good, "Body text.", "Call the line on "+unverified.Number+" now.", 1), "id: pig-butchering", "id: romance-scams", 1)
		files["en/romance-scams.md"] = &fstest.MapFile{Data: []byte(typed)}
	}
	articles, errs := LoadFS(files, "kb")
	if len(errs) > 0 {
		t.Fatalf("load: %v", errs)
	}
	for _, a := range articles {
		if a.ID != "pig-butchering" {
			continue
		}
		want := "Call " + verified.Number + " now."
		if unverified != nil {
			want += " Or call " + unverified.Number + " (⚠️ " + reg.Labels["en"].Unconfirmed + ") now."
		}
		if !strings.Contains(a.Body, want) || strings.Contains(a.Body, "{{") {
			t.Errorf("quotes not expanded as %q: %s", want, a.Body)
		}
	}
	if unverified != nil {
		var warned []string
		for _, p := range Lint(articles, errs) {
			if p.Warning && strings.Contains(p.Msg, unverified.Number) {
				warned = append(warned, p.Path)
			}
		}
		if len(warned) != 1 || !strings.Contains(warned[0], "romance-scams") {
			t.Errorf("want one warning, for %s typed in romance-scams; got %v", unverified.Number, warned)
		}
	}

	bad := strings.Replace(good, "Body text.", "Call {{number:no-such-line}} now.", 1)
	if _, errs := LoadFS(fstest.MapFS{"en/pig-butchering.md": {Data: []byte(bad)}}, "kb"); len(errs) == 0 || !strings.Contains(errs[0].Error(), "no-such-line") {
		t.Errorf("unknown quote id: errs = %v, want one naming no-such-line", errs)
	}
}
