package catalog

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

type testStrings struct {
	Hello string `yaml:"hello"`
	Count string `yaml:"count"`
	Bye   string `yaml:"bye"`
}

const enFile = "hello: Hello\ncount: '%d items in %s'\nbye: Bye\n"

func TestLoad(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]string
		wantErr string // "" when the catalog must load
	}{
		{"complete", map[string]string{"en.yaml": enFile, "vi.yaml": "hello: Xin chào\ncount: '%d mục trong %s'\nbye: Tạm biệt\n"}, ""},
		{"partial falls back", map[string]string{"en.yaml": enFile, "zh.yaml": "hello: 你好\n"}, ""},
		{"empty file", map[string]string{"en.yaml": enFile, "th.yaml": ""}, ""},
		{"unknown key", map[string]string{"en.yaml": enFile, "vi.yaml": "helo: Xin chào\n"}, "field helo not found"},
		{"duplicate key", map[string]string{"en.yaml": enFile, "vi.yaml": "hello: a\nhello: b\n"}, "already defined"},
		{"list value", map[string]string{"en.yaml": enFile, "vi.yaml": "hello: [a, b]\n"}, "hello must be text"},
		{"number value", map[string]string{"en.yaml": enFile, "vi.yaml": "hello: 12\n"}, "hello must be text"},
		{"not a mapping", map[string]string{"en.yaml": enFile, "vi.yaml": "- hello\n"}, "want key: text pairs"},
		{"bad YAML", map[string]string{"en.yaml": enFile, "vi.yaml": "hello: 'open\n"}, "vi.yaml"},
		{"unsupported language", map[string]string{"en.yaml": enFile, "xx.yaml": "hello: x\n"}, `"xx" is not a supported language`},
		{"not yaml", map[string]string{"en.yaml": enFile, "vi.txt": "hello: x\n"}, "not a <lang>.yaml file"},
		{"no English", map[string]string{"vi.yaml": "hello: x\n"}, "no en.yaml"},
		{"English incomplete", map[string]string{"en.yaml": "hello: Hello\n"}, "count is missing or empty"},
		{"verb lost", map[string]string{"en.yaml": enFile, "vi.yaml": "count: 'mục trong %s'\n"}, "count has format verbs [%s], English has [%d %s]"},
		{"verbs swapped", map[string]string{"en.yaml": enFile, "vi.yaml": "count: '%s: %d mục'\n"}, "count has format verbs"},
		{"percent sign is not a verb", map[string]string{"en.yaml": "hello: 100% sure\ncount: '%d %s'\nbye: x\n", "vi.yaml": "hello: chắc chắn\n"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, body := range tt.files {
				fsys["locales/"+name] = &fstest.MapFile{Data: []byte(body)}
			}
			c, err := Load[testStrings](fsys, "locales", "pkg/locales")
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("Load: %v", err)
			case tt.wantErr != "" && err == nil:
				t.Fatalf("Load succeeded, want an error with %q", tt.wantErr)
			case tt.wantErr != "" && !strings.Contains(err.Error(), tt.wantErr):
				t.Fatalf("Load error %q, want one with %q", err, tt.wantErr)
			}
			if err != nil || c == nil {
				return
			}
			if c.Get("en").Hello == "" {
				t.Error("English missing")
			}
		})
	}
}

func TestFallback(t *testing.T) {
	fsys := fstest.MapFS{
		"l/en.yaml": {Data: []byte(enFile)},
		"l/zh.yaml": {Data: []byte("hello: 你好\nbye: ''\n")},
	}
	c, err := Load[testStrings](fsys, "l", "pkg/l")
	if err != nil {
		t.Fatal(err)
	}
	zh := c.Get("zh")
	if zh.Hello != "你好" || zh.Count != "%d items in %s" || zh.Bye != "Bye" {
		t.Errorf("zh = %+v, want its own hello and English for the rest", *zh)
	}
	if got := c.Untranslated()["zh"]; !slices.Equal(got, []string{"count", "bye"}) {
		t.Errorf("Untranslated[zh] = %v, want [count bye]", got)
	}
	if got := c.Untranslated()["vi"]; len(got) != 3 || c.HasFile("vi") {
		t.Errorf("a language without a file: Untranslated = %v, HasFile = %v", got, c.HasFile("vi"))
	}
	if c.Untranslated()["en"] != nil {
		t.Error("English reported as untranslated")
	}
	if c.Get("xx") != c.Get("en") {
		t.Error("an unsupported language does not get English")
	}
	if c.Dir() != "pkg/l" {
		t.Errorf("Dir = %q", c.Dir())
	}
}

func TestBadStruct(t *testing.T) {
	type noTag struct{ A string }
	type notString struct {
		N int `yaml:"n"`
	}
	fsys := fstest.MapFS{"l/en.yaml": {Data: []byte("a: x\n")}}
	if _, err := Load[noTag](fsys, "l", "l"); err == nil {
		t.Error("a field without a yaml key was accepted")
	}
	if _, err := Load[notString](fsys, "l", "l"); err == nil {
		t.Error("a non-string field was accepted")
	}
}
