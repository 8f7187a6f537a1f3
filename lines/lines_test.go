package lines

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func TestReader(t *testing.T) {
	long := strings.Repeat("a", 200<<10) // longer than the reader's buffer
	tests := []struct {
		name string
		in   string
		max  int
		want []string
		cut  []bool
	}{
		{"empty", "", 10, nil, nil},
		{"one line no newline", "abc", 10, []string{"abc"}, []bool{false}},
		{"newlines and CRLF", "a\r\nb\n\nc\n", 10, []string{"a", "b", "", "c"}, []bool{false, false, false, false}},
		{"exactly the cap", "abcde\r\nf", 5, []string{"abcde", "f"}, []bool{false, false}},
		{"cut, next line kept", "abcdefgh\nxy\n", 5, []string{"abcde", "xy"}, []bool{true, false}},
		{"cut at a rune start", "ab\u00e9\u00e9\n", 3, []string{"ab"}, []bool{true}},
		{"line longer than the buffer", long + "\nnext\n", 1 << 20, []string{long, "next"}, []bool{false, false}},
		{"huge line cut, next kept", long + long + "\nnext", 100, []string{long[:100], "next"}, []bool{true, false}},
		{"NUL and invalid UTF-8 pass through", "a\x00b\xff\n", 10, []string{"a\x00b\xff"}, []bool{false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(iotest.OneByteReader(strings.NewReader(tt.in)), tt.max)
			var got []string
			var cut []bool
			for r.Scan() {
				got = append(got, r.Text())
				cut = append(cut, r.Cut())
			}
			if err := r.Err(); err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d lines, want %d", len(got), len(tt.want))
			}
			for i := range got {
				if got[i] != tt.want[i] || cut[i] != tt.cut[i] {
					t.Errorf("line %d: got %.20q (cut %v), want %.20q (cut %v)", i, got[i], cut[i], tt.want[i], tt.cut[i])
				}
			}
		})
	}
}

func TestReaderError(t *testing.T) {
	boom := errors.New("boom")
	r := NewReader(io.MultiReader(strings.NewReader("a\n"), iotest.ErrReader(boom)), 10)
	if !r.Scan() || r.Text() != "a" {
		t.Fatalf("first line: %q", r.Text())
	}
	if r.Scan() {
		t.Fatalf("Scan after an error returned true")
	}
	if !errors.Is(r.Err(), boom) {
		t.Fatalf("Err = %v, want boom", r.Err())
	}
}

func TestContent(t *testing.T) {
	type line struct {
		n    int
		text string
	}
	tests := []struct {
		name string
		in   string
		want []line
	}{
		{"empty", "", nil},
		{"comments and blanks dropped, numbers kept", "# head\n\n[greeting]\n  hello  # hi\r\n\t\nbye", []line{{3, "[greeting]"}, {4, "hello"}, {6, "bye"}}},
		{"a line that is only a comment", "   # x\nok\n", []line{{2, "ok"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []line
			for n, s := range Content(tt.in) {
				got = append(got, line{n, s})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("got %v, want %v", got, tt.want)
				}
			}
		})
	}
}
