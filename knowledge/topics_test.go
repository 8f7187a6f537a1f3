package knowledge

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestTopicConstants cross-checks the Topic* constants with Topics: every
// constant is a required topic and every required topic has a constant,
// each once, so code that links to an article cannot name one the lint
// does not require in every language.
func TestTopicConstants(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "knowledge.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var consts []string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, spec := range g.Specs {
			for i, n := range spec.(*ast.ValueSpec).Names {
				if !strings.HasPrefix(n.Name, "Topic") {
					continue
				}
				lit, ok := spec.(*ast.ValueSpec).Values[i].(*ast.BasicLit)
				if !ok {
					t.Errorf("%s is not a string literal", n.Name)
					continue
				}
				v, _ := strconv.Unquote(lit.Value)
				consts = append(consts, v)
			}
		}
	}
	seen := map[string]bool{}
	for _, id := range Topics {
		if seen[id] {
			t.Errorf("topic %q listed twice in Topics", id)
		}
		seen[id] = true
		if !slices.Contains(consts, id) {
			t.Errorf("topic %q has no Topic* constant", id)
		}
	}
	for _, c := range consts {
		if !seen[c] {
			t.Errorf("constant %q is not in Topics", c)
		}
	}
	if len(consts) != len(Topics) {
		t.Errorf("%d Topic* constants, %d topics", len(consts), len(Topics))
	}
}
