// Package lines reads text one line at a time with no limit on how long a
// line may be. A line longer than the cap is cut, not an error: one huge
// paste on stdin (bufio.Scanner stops with "token too long") must not end a
// session and lose the messages after it.
package lines

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"iter"
	"strings"
	"unicode/utf8"
)

// Reader reads lines like a bufio.Scanner with ScanLines (the newline and
// a \r before it are dropped; a last line without a newline counts) but
// keeps at most Max bytes of each line, cut at a rune boundary.
type Reader struct {
	r    *bufio.Reader
	max  int
	line []byte
	cut  bool
	err  error
}

// NewReader reads from r, keeping at most max bytes of a line.
func NewReader(r io.Reader, max int) *Reader {
	return &Reader{r: bufio.NewReaderSize(r, 64<<10), max: max}
}

// Scan reads the next line; false at the end of the input or on an error
// (see Err).
func (l *Reader) Scan() bool {
	if l.err != nil {
		return false
	}
	l.line, l.cut = l.line[:0], false
	read := false
	for {
		chunk, err := l.r.ReadSlice('\n')
		read = read || len(chunk) > 0
		if l.cut {
			// Past the cap: drop the rest of the line. Appending a later
			// chunk would join text that was not adjacent.
		} else if room := l.max - len(l.line); len(chunk) > room {
			// Cut at a rune start: a cut mid-rune would hand the
			// caller malformed UTF-8 of its own making.
			keep := chunk[:max(room, 0)]
			for len(keep) > 0 && !utf8.RuneStart(chunk[len(keep)]) {
				keep = keep[:len(keep)-1]
			}
			l.line = append(l.line, keep...)
			if !bytes.Equal(chunk[len(keep):], []byte("\n")) && !bytes.Equal(chunk[len(keep):], []byte("\r\n")) {
				l.cut = true
			}
		} else {
			l.line = append(l.line, chunk...)
		}
		switch {
		case err == nil:
			l.trim()
			return true
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			l.err = io.EOF
			l.trim()
			return read
		default:
			l.err = err
			return false
		}
	}
}

func (l *Reader) trim() {
	l.line = bytes.TrimSuffix(l.line, []byte("\n"))
	l.line = bytes.TrimSuffix(l.line, []byte("\r"))
}

// Text is the line Scan read, without its newline, cut to the cap.
func (l *Reader) Text() string { return string(l.line) }

// Cut says whether the line Scan read was longer than the cap.
func (l *Reader) Cut() bool { return l.cut }

// Err is the first read error other than the end of the input.
func (l *Reader) Err() error {
	if errors.Is(l.err, io.EOF) {
		return nil
	}
	return l.err
}

// Content yields each line of data that has content, with its 1-based
// line number: '#' starts a comment to the end of the line, and spaces
// around it and blank lines are dropped. It is the syntax of the word-list
// files (distress/cues, smalltalk/phrases), kept in one place.
func Content(data string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		n := 0
		for line := range strings.Lines(data) {
			n++
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			if line = strings.TrimSpace(line); line == "" {
				continue
			}
			if !yield(n, line) {
				return
			}
		}
	}
}
