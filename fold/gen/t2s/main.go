// Command t2s writes fold/t2s.txt, the table that folds traditional
// Chinese characters (Taiwan, Hong Kong, Malaysia's older print) to the
// simplified ones the offer lexicon, the articles and the training lines are
// written in. The table comes from OpenCC's
// data through github.com/longbridgeapp/opencc: every character whose
// Taiwan-to-simplified and Hong-Kong-to-simplified conversions give one
// other character. Run it with `go generate ./fold` after updating OpenCC.
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"sort"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

func main() {
	out := "t2s.txt"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	table := map[rune]rune{}
	for _, conv := range []string{"hk2s", "tw2s", "t2s"} {
		cc, err := opencc.New(conv)
		if err != nil {
			log.Fatal(err)
		}
		for _, block := range [][2]rune{{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x2A6DF}} {
			for r := block[0]; r <= block[1]; r++ {
				s, err := cc.Convert(string(r))
				if err != nil {
					log.Fatal(err)
				}
				to, n := utf8.DecodeRuneInString(s)
				if n == len(s) && to != r && to != utf8.RuneError {
					table[r] = to // later conversions (plain t2s) win
				}
			}
		}
	}
	// A character that is itself another's simplified form is already
	// simplified: 么 (of 什么) is the simplified 麼, not the traditional
	// 幺 its own entry reads it as, and folding it broke the stop words.
	targets := map[rune]bool{}
	for _, to := range table {
		targets[to] = true
	}
	for r := range table {
		if targets[r] {
			delete(table, r)
		}
	}
	keys := make([]rune, 0, len(table))
	for r := range table {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	f, err := os.Create(out)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "# Traditional to simplified Chinese, one character pair a line. Generated from OpenCC's data by")
	fmt.Fprintln(w, "# fold/gen/t2s (go generate ./fold): do not edit by hand.")
	for _, r := range keys {
		fmt.Fprintf(w, "%c%c\n", r, table[r])
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d characters", len(keys))
}
