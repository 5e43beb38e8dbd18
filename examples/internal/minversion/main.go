// Command minversion gives every example file its Go version badge, the
// oldest Go release the file's own code builds and behaves with (the
// packages it imports from this module may need more), and prints them as
// JSON ({"path/file.go": {"go": "1.13", "why": "errors.Is"}}, paths relative
// to the module) for the site to show. A file's need is the newest of:
//
//   - the language features it uses, as go/types dates them (from Go 1.9 on);
//   - the standard library packages and symbols it uses, promoted methods
//     included, as $GOROOT/api/go1.*.txt dates them;
//   - its //go:debug settings (Go 1.21, or the release that added the
//     setting) and //go:embed (Go 1.16);
//   - fmt.Errorf with %w (Go 1.13, several %w Go 1.20), and a net/http
//     pattern with a method or wildcard (Go 1.22).
//
// A file with no go1.N term in its //go:build line whose closures or address
// operators take a loop variable gets at least Go 1.22, where each iteration
// has its own. A go1.N term sets the badge instead, for needs no tool sees (a
// behaviour fixed in Go 1.N, a dependency's go line, code that shows the old
// loop semantics); it must not be below the file's need, and minversion exits
// 1 and names each file where it is.
//
// The toolchain cannot check this itself: it treats a file whose //go:build
// names a release before go1.21 as go1.21, and vet's stdversion analyzer is
// silent on such files.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/packages"
)

// A need is the release a file needs and what needs it.
type need struct {
	minor int
	why   string
}

// A badge is what the site shows for a file.
type badge struct {
	Go  string `json:"go"`
	Why string `json:"why"`
}

func main() {
	badges, problems, err := run(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "minversion:", err)
		os.Exit(2)
	}
	for _, p := range problems {
		fmt.Fprintln(os.Stderr, p)
	}
	if len(problems) > 0 {
		fmt.Fprintf(os.Stderr, "minversion: %d file(s) whose //go:build names a release older than they need\n", len(problems))
		os.Exit(1)
	}
	out, err := json.MarshalIndent(badges, "", "  ")
	if err != nil {
		fmt.Fprintln(os.Stderr, "minversion:", err)
		os.Exit(2)
	}
	fmt.Println(string(out))
}

func run(patterns []string) (map[string]badge, []string, error) {
	api, err := loadAPI()
	if err != nil {
		return nil, nil, err
	}
	settings, err := loadGodebugs()
	if err != nil {
		return nil, nil, err
	}
	needs, captures := map[string]need{}, map[string]string{}
	root := ""
	// A file this platform's build ignores (such as one for !unix) is read
	// in a second load, for Windows.
	var ignored []string
	for _, goos := range []string{"", "windows"} {
		if goos != "" {
			if patterns = unread(ignored, needs); len(patterns) == 0 {
				break
			}
		}
		cfg := &packages.Config{
			Mode:       packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo | packages.NeedImports | packages.NeedModule,
			Tests:      true,
			BuildFlags: []string{"-tags=bad"},
			Env:        append(os.Environ(), "GOOS="+goos),
		}
		if goos == "" {
			cfg.Env = nil
		}
		pkgs, err := packages.Load(cfg, patterns...)
		if err != nil {
			return nil, nil, err
		}
		for _, pkg := range pkgs {
			if strings.HasSuffix(pkg.ID, ".test") || pkg.Module == nil || !pkg.Module.Main {
				continue
			}
			if len(pkg.Errors) > 0 {
				return nil, nil, fmt.Errorf("%s: %v", pkg.PkgPath, pkg.Errors[0])
			}
			root = pkg.Module.Dir
			ignored = append(ignored, pkg.IgnoredFiles...)
			fileNeeds, fileCaptures := check(pkg, api, settings)
			for file, n := range fileNeeds {
				if old, seen := needs[file]; !seen || n.minor > old.minor {
					needs[file] = n
				}
			}
			maps.Copy(captures, fileCaptures)
		}
	}
	if len(needs) == 0 {
		return nil, nil, fmt.Errorf("no Go files of the main module match %q", patterns)
	}
	for _, file := range ignored {
		if _, read := needs[file]; !read && strings.HasSuffix(file, ".go") {
			return nil, nil, fmt.Errorf("%s builds neither on this platform nor on Windows with -tags=bad, so it has no badge", file)
		}
	}
	files := make([]string, 0, len(needs))
	for file := range needs {
		files = append(files, file)
	}
	sort.Strings(files)
	badges := map[string]badge{}
	var problems []string
	for _, file := range files {
		n := needs[file]
		rel, err := filepath.Rel(root, file)
		if err != nil {
			return nil, nil, err
		}
		declared, err := declaredMinor(file)
		if err != nil {
			return nil, nil, err
		}
		switch {
		case declared == 0 && captures[file] != "" && n.minor < 22:
			badges[filepath.ToSlash(rel)] = badge{"1.22", "per-iteration loop variable " + captures[file]}
		case declared == 0:
			badges[filepath.ToSlash(rel)] = badge{fmt.Sprintf("1.%d", n.minor), n.why}
		case declared < n.minor:
			problems = append(problems, fmt.Sprintf("%s: //go:build says go1.%d, but %s needs Go 1.%d", rel, declared, n.why, n.minor))
		default:
			badges[filepath.ToSlash(rel)] = badge{fmt.Sprintf("1.%d", declared), "its //go:build line"}
		}
	}
	return badges, problems, nil
}

// unread returns the directories, as patterns, of the Go files in ignored
// that no load has read yet.
func unread(ignored []string, needs map[string]need) []string {
	dirs := map[string]bool{}
	for _, file := range ignored {
		if _, read := needs[file]; !read && strings.HasSuffix(file, ".go") {
			dirs[filepath.Dir(file)] = true
		}
	}
	return slices.Sorted(maps.Keys(dirs))
}

// check dates what each file of pkg needs: the standard library symbols it
// uses and fmt.Errorf's %w, and notes the loop variables it captures; then it
// type-checks pkg again with its files' version lines removed and the
// language set to Go 1.1, so that every feature newer than that is reported
// with the release it needs. Other errors of that second check are the first
// errors' echoes (the toolchain builds these files), so they are dropped.
func check(pkg *packages.Package, api map[string]int, settings map[string]int) (needs map[string]need, captures map[string]string) {
	needs, captures = map[string]need{}, map[string]string{}
	fileOf := func(pos token.Pos) string { return pkg.Fset.File(pos).Name() }
	// Of two reasons for one release, the smaller string wins, so that the
	// output does not depend on map order.
	raise := func(file string, minor int, why string) {
		if n, ok := needs[file]; !ok || minor > n.minor || minor == n.minor && why < n.why {
			needs[file] = need{minor, why}
		}
	}
	for _, f := range pkg.Syntax {
		file := fileOf(f.Pos())
		raise(file, 1, "nothing newer than Go 1.1")
		for _, spec := range f.Imports {
			path, _ := strconv.Unquote(spec.Path.Value)
			if minor, ok := api[path]; ok {
				raise(file, minor, "package "+path)
			}
		}
		for _, group := range f.Comments {
			for _, c := range group.List {
				if setting, ok := strings.CutPrefix(c.Text, "//go:debug "); ok {
					name, _, _ := strings.Cut(strings.TrimSpace(setting), "=")
					raise(file, max(21, settings[name]), "//go:debug "+name)
				} else if strings.HasPrefix(c.Text, "//go:embed ") {
					raise(file, 16, "//go:embed")
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if minor, why := wrapNeed(pkg.TypesInfo, n); minor > 0 {
					raise(fileOf(n.Pos()), minor, why)
				}
				if muxPatternNeedsGo122(pkg.TypesInfo, n) {
					raise(fileOf(n.Pos()), 22, "net/http pattern with a method or wildcard")
				}
			case *ast.ForStmt, *ast.RangeStmt:
				if name := capturedLoopVar(pkg.TypesInfo, n); name != "" {
					captures[fileOf(n.Pos())] = name
				}
			}
			return true
		})
	}
	for id, obj := range pkg.TypesInfo.Uses {
		if minor, ok := api[apiKey(obj)]; ok {
			raise(fileOf(id.Pos()), minor, apiKey(obj))
		}
	}
	// A promoted method or field is listed under each exported type it is
	// promoted to (testing.T.Cleanup, not testing.common.Cleanup), so each
	// type along the selection's embedding path is looked up.
	for expr, sel := range pkg.TypesInfo.Selections {
		t, name := sel.Recv(), sel.Obj().Name()
		for i := 0; ; i++ {
			if named := namedOf(t); named != nil && named.Obj().Pkg() != nil {
				key := named.Obj().Pkg().Path() + "." + named.Obj().Name() + "." + name
				if minor, ok := api[key]; ok {
					raise(fileOf(expr.Sel.Pos()), minor, key)
				}
			}
			if i >= len(sel.Index())-1 {
				break
			}
			st, ok := deref(t).Underlying().(*types.Struct)
			if !ok {
				break
			}
			t = st.Field(sel.Index()[i]).Type()
		}
	}
	for _, f := range pkg.Syntax {
		f.GoVersion = ""
	}
	requires := regexp.MustCompile(`requires go1\.(\d+)`)
	conf := types.Config{
		GoVersion: "go1.1",
		Importer:  importerOf(pkg),
		Error: func(err error) {
			terr := err.(types.Error)
			if m := requires.FindStringSubmatch(terr.Msg); m != nil {
				minor, _ := strconv.Atoi(m[1])
				why, _, _ := strings.Cut(terr.Msg, " requires")
				why = strings.TrimRight(why, ": ")
				// go/types dates generic aliases to Go 1.23, where they needed
				// GOEXPERIMENT=aliastypeparams; the spec dates them to Go 1.24.
				if why == "generic type alias" {
					minor = max(minor, 24)
				}
				raise(fileOf(terr.Pos), minor, why)
			}
		},
	}
	conf.Check(pkg.PkgPath, pkg.Fset, pkg.Syntax, nil)
	return needs, captures
}

// muxPatternNeedsGo122 reports whether call registers a net/http pattern
// with a method ("GET /") or a wildcard ("/items/{id}"): before Go 1.22 the
// mux matches such a pattern literally, so the route never matches.
func muxPatternNeedsGo122(info *types.Info, call *ast.CallExpr) bool {
	var fn *types.Func
	switch f := call.Fun.(type) {
	case *ast.SelectorExpr:
		fn, _ = info.Uses[f.Sel].(*types.Func)
	case *ast.Ident:
		fn, _ = info.Uses[f].(*types.Func)
	}
	if fn == nil || len(call.Args) == 0 {
		return false
	}
	switch fn.FullName() {
	case "(*net/http.ServeMux).Handle", "(*net/http.ServeMux).HandleFunc", "net/http.Handle", "net/http.HandleFunc":
	default:
		return false
	}
	pattern := info.Types[call.Args[0]].Value
	if pattern == nil || pattern.Kind() != constant.String {
		return false
	}
	text := constant.StringVal(pattern)
	return strings.ContainsAny(text, " {")
}

// fmtVerb matches one fmt verb, %% included, and captures its letter.
var fmtVerb = regexp.MustCompile(`%[-+# 0]*(?:\[\d+\])?(?:\d+|\*)?(?:\.(?:\d+|\*)?)?(?:\[\d+\])?([a-zA-Z%])`)

// wrapNeed dates a call of fmt.Errorf whose format wraps with %w.
func wrapNeed(info *types.Info, call *ast.CallExpr) (int, string) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) == 0 {
		return 0, ""
	}
	if fn, ok := info.Uses[sel.Sel].(*types.Func); !ok || fn.FullName() != "fmt.Errorf" {
		return 0, ""
	}
	format := info.Types[call.Args[0]].Value
	if format == nil || format.Kind() != constant.String {
		return 0, ""
	}
	wraps := 0
	for _, verb := range fmtVerb.FindAllStringSubmatch(constant.StringVal(format), -1) {
		if verb[1] == "w" {
			wraps++
		}
	}
	switch wraps {
	case 0:
		return 0, ""
	case 1:
		return 13, "fmt.Errorf with %w"
	default:
		return 20, "fmt.Errorf with several %w"
	}
}

// capturedLoopVar names a variable declared by loop that a function literal
// in its body uses or that its body takes the address of: shared by all
// iterations before Go 1.22, one per iteration since.
func capturedLoopVar(info *types.Info, loop ast.Node) string {
	vars := map[types.Object]bool{}
	var body *ast.BlockStmt
	switch loop := loop.(type) {
	case *ast.ForStmt:
		if init, ok := loop.Init.(*ast.AssignStmt); ok && init.Tok == token.DEFINE {
			for _, lhs := range init.Lhs {
				if obj := info.Defs[lhs.(*ast.Ident)]; obj != nil {
					vars[obj] = true
				}
			}
		}
		body = loop.Body
	case *ast.RangeStmt:
		if loop.Tok == token.DEFINE {
			for _, e := range []ast.Expr{loop.Key, loop.Value} {
				if id, ok := e.(*ast.Ident); ok && info.Defs[id] != nil {
					vars[info.Defs[id]] = true
				}
			}
		}
		body = loop.Body
	}
	if len(vars) == 0 {
		return ""
	}
	name := ""
	ast.Inspect(body, func(n ast.Node) bool {
		if name != "" {
			return false
		}
		var inner ast.Node
		switch n := n.(type) {
		case *ast.FuncLit:
			inner = n.Body
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				inner = n.X
			}
		}
		if inner != nil {
			ast.Inspect(inner, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok && vars[info.Uses[id]] && name == "" {
					name = id.Name
				}
				return name == ""
			})
		}
		return true
	})
	return name
}

// importerOf resolves imports to the packages go/packages already loaded.
func importerOf(pkg *packages.Package) types.Importer {
	return importerFunc(func(path string) (*types.Package, error) {
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		imp, ok := pkg.Imports[path]
		if !ok {
			return nil, fmt.Errorf("%s does not import %s", pkg.PkgPath, path)
		}
		return imp.Types, nil
	})
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// apiKey names a standard library object as the api files do: "pkg.Name"
// for package-level objects, "pkg.Type.Name" for methods and fields.
func apiKey(obj types.Object) string {
	if obj.Pkg() == nil || !obj.Exported() || strings.Contains(strings.Split(obj.Pkg().Path(), "/")[0], ".") {
		return ""
	}
	path := obj.Pkg().Path()
	switch obj := obj.(type) {
	case *types.Func:
		obj = obj.Origin()
		if recv := obj.Signature().Recv(); recv != nil {
			if owner := namedOf(recv.Type()); owner != nil {
				return path + "." + owner.Obj().Name() + "." + obj.Name()
			}
			return ""
		}
	case *types.Var:
		obj = obj.Origin()
		if obj.IsField() {
			if owner := fieldOwner(obj); owner != "" {
				return path + "." + owner + "." + obj.Name()
			}
			return ""
		}
	}
	if obj.Parent() != obj.Pkg().Scope() {
		return ""
	}
	return path + "." + obj.Name()
}

func deref(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

func namedOf(t types.Type) *types.Named {
	named, _ := deref(t).(*types.Named)
	if named != nil {
		named = named.Origin()
	}
	return named
}

// fieldOwner finds the exported struct type of field's package that declares it.
func fieldOwner(field *types.Var) string {
	scope := field.Pkg().Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				if st.Field(i) == field {
					return name
				}
			}
		}
	}
	return ""
}

// loadAPI reads $GOROOT/api/go1*.txt into the release each symbol first
// appeared in: 0 for go1.txt, N for go1.N.txt.
func loadAPI() (map[string]int, error) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOROOT: %v", err)
	}
	files, err := filepath.Glob(filepath.Join(strings.TrimSpace(string(out)), "api", "go1*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no api/go1*.txt files under GOROOT %s", strings.TrimSpace(string(out)))
	}
	api := map[string]int{}
	for _, name := range files {
		minor := 0
		if base := strings.TrimSuffix(filepath.Base(name), ".txt"); base != "go1" {
			if minor, err = minorOf(base); err != nil {
				return nil, fmt.Errorf("%s: %v", name, err)
			}
		}
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		scanner := bufio.NewScanner(f)
		for scanner.Scan() {
			// A package is as old as its oldest symbol.
			for _, key := range lineKeys(scanner.Text()) {
				if old, ok := api[key]; !ok || minor < old {
					api[key] = minor
				}
			}
		}
		f.Close()
		if err := scanner.Err(); err != nil {
			return nil, err
		}
	}
	return api, nil
}

var (
	apiLine   = regexp.MustCompile(`^pkg ([^ ,]+)(?: \([^)]*\))?, (.*)$`)
	apiMethod = regexp.MustCompile(`^method \(\*?(\w+)(?:\[[^\]]*\])?\) (\w+)`)
	apiMember = regexp.MustCompile(`^type (\w+)(?:\[[^\]]*\])? (?:struct|interface), (?:embedded )?\*?(?:[\w.]+\.)?(\w+)`)
	apiDecl   = regexp.MustCompile(`^(?:func|type|var|const) (\w+)`)
)

// lineKeys turns an api file line into its package's path and the key
// apiKey makes for its symbol.
func lineKeys(line string) []string {
	m := apiLine.FindStringSubmatch(line)
	if m == nil {
		return nil
	}
	path, rest := m[1], m[2]
	if mm := apiMethod.FindStringSubmatch(rest); mm != nil {
		return []string{path, path + "." + mm[1] + "." + mm[2]}
	}
	if mm := apiMember.FindStringSubmatch(rest); mm != nil {
		return []string{path, path + "." + mm[1] + "." + mm[2]}
	}
	if mm := apiDecl.FindStringSubmatch(rest); mm != nil {
		return []string{path, path + "." + mm[1]}
	}
	return []string{path}
}

// loadGodebugs reads the release that added each //go:debug setting from
// $GOROOT/src/internal/godebugs/table.go (0 when the table gives none).
func loadGodebugs() (map[string]int, error) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOROOT: %v", err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "src", "internal", "godebugs", "table.go"))
	if err != nil {
		return nil, err
	}
	settings := map[string]int{}
	for _, m := range godebugEntry.FindAllStringSubmatch(string(src), -1) {
		settings[m[1]] = 0
		if changed := godebugChanged.FindStringSubmatch(m[2]); changed != nil {
			settings[m[1]], _ = strconv.Atoi(changed[1])
		}
	}
	if len(settings) == 0 {
		return nil, fmt.Errorf("no settings found in internal/godebugs/table.go")
	}
	return settings, nil
}

var (
	godebugEntry   = regexp.MustCompile(`\{Name: "([^"]+)"([^}]*)\}`)
	godebugChanged = regexp.MustCompile(`Changed: (\d+)`)
)

var (
	buildGo  = regexp.MustCompile(`(?m)^//go:build (?:.*[^!\w])?go1\.(\d+)\b`)
	minorRaw = regexp.MustCompile(`^go1\.(\d+)(?:\.\d+)?$`)
)

// declaredMinor returns the N of a go1.N term in file's //go:build line, or 0.
func declaredMinor(file string) (int, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return 0, err
	}
	m := buildGo.FindSubmatch(src)
	if m == nil {
		return 0, nil
	}
	return strconv.Atoi(string(m[1]))
}

func minorOf(version string) (int, error) {
	m := minorRaw.FindStringSubmatch(version)
	if m == nil {
		return 0, fmt.Errorf("%q is not a Go release such as go1.25", version)
	}
	return strconv.Atoi(m[1])
}
