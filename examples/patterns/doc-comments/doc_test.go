package doccomments

import (
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"strings"
	"testing"
)

// region doc-test

// TestEveryExportedNameDocumented fails when an exported name has no doc
// comment, or one that does not start with the name.
func TestEveryExportedNameDocumented(t *testing.T) {
	fset := token.NewFileSet()
	var files []*ast.File
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	pkg, err := doc.NewFromFiles(fset, files, "fieldguide.dev/examples/patterns/doc-comments")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(pkg.Doc, "Package "+pkg.Name+" ") {
		t.Errorf("package comment should start with %q", "Package "+pkg.Name)
	}
	// As staticcheck's ST1020-ST1022 do, allow a leading article.
	check := func(name, comment string) {
		for _, article := range []string{"", "A ", "An ", "The "} {
			if strings.HasPrefix(comment, article+name+" ") {
				return
			}
		}
		t.Errorf("%s: doc comment should start with %q, got %q", name, name, comment)
	}
	checkValues := func(values []*doc.Value) {
		for _, v := range values {
			if len(v.Names) == 1 {
				check(v.Names[0], v.Doc)
			} else if v.Doc == "" {
				t.Errorf("%v: a group of exported names needs a doc comment", v.Names)
			}
		}
	}
	for _, f := range pkg.Funcs {
		check(f.Name, f.Doc)
	}
	checkValues(pkg.Consts)
	checkValues(pkg.Vars)
	for _, typ := range pkg.Types {
		check(typ.Name, typ.Doc)
		checkValues(typ.Consts)
		checkValues(typ.Vars)
		for _, m := range typ.Methods {
			check(m.Name, m.Doc)
		}
		for _, f := range typ.Funcs {
			check(f.Name, f.Doc)
		}
	}
}

// endregion doc-test
