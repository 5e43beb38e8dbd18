package reproduciblebuilds

import (
	"bytes"
	"context"
	"crypto/sha256"
	"debug/buildinfo"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// commitTime is the commit's time in every checkout, so two checkouts made
// seconds apart still hold the same commit.
const commitTime = "2026-11-30T09:00:00Z"

// hello is the program the tests build: a main package in a module of its
// own, as a service's repository holds.
var hello = map[string]string{
	"go.mod":  "module example.com/hello\n\ngo 1.24\n",
	"main.go": "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\")\n}\n",
}

// write puts the hello module's files in dir.
func write(t *testing.T, dir string) {
	t.Helper()
	for name, text := range hello {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkout makes a Git repository holding the hello module, commits it and
// tags the commit v1.4.2, as a release would be.
func checkout(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write(t, dir)
	run(t, dir, "git", "init", "-q")
	run(t, dir, "git", "add", ".")
	run(t, dir, "git", "commit", "-q", "-m", "hello")
	run(t, dir, "git", "tag", tag)
	return dir
}

// clone makes a second checkout of repo, in a directory of its own.
func clone(t *testing.T, repo string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "elsewhere", "hello")
	run(t, "", "git", "clone", "-q", repo, dir)
	return dir
}

func run(t *testing.T, dir string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"GIT_AUTHOR_NAME=Release", "GIT_AUTHOR_EMAIL=release@example.com", "GIT_AUTHOR_DATE="+commitTime,
		"GIT_COMMITTER_NAME=Release", "GIT_COMMITTER_EMAIL=release@example.com", "GIT_COMMITTER_DATE="+commitTime,
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

const tag = "v1.4.2"

func build(t *testing.T, dir string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "hello")
	if _, err := Build(context.Background(), dir, tag, out); err != nil {
		t.Fatal(err)
	}
	return out
}

// refused checks that Build of dir fails with an error holding want and
// leaves no binary behind.
func refused(t *testing.T, dir, want string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "hello")
	bi, err := Build(context.Background(), dir, tag, out)
	if err == nil || !strings.Contains(err.Error(), want) || bi != nil {
		t.Errorf("Build: %v; want an error with %q", err, want)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a binary was left at %s: %v", out, err)
	}
}

func sum(t *testing.T, path string) [sha256.Size]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(data)
}

// region reproducible-test

func TestTwoCheckoutsOfATagBuildTheSameBinary(t *testing.T) {
	first := checkout(t)
	second := clone(t, first)
	a, b := build(t, first), build(t, second)
	if sum(t, a) != sum(t, b) { // [!code highlight]
		t.Errorf("the same commit built in two checkouts gives two different binaries")
	}
	for bin, dir := range map[string]string{a: first, b: second} {
		data, err := os.ReadFile(bin)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte(dir)) {
			t.Errorf("a binary holds the path of the checkout it was built in")
		}
	}
}

// endregion reproducible-test

func TestTheBinaryRecordsItsVersionAndCommit(t *testing.T) {
	dir := checkout(t)
	out := filepath.Join(t.TempDir(), "hello")
	returned, err := Build(context.Background(), dir, tag, out)
	if err != nil {
		t.Fatal(err)
	}
	bi, err := buildinfo.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if returned.String() != bi.String() {
		t.Errorf("Build returned\n%s\nthe binary holds\n%s", returned, bi)
	}
	want := map[string]string{
		"vcs":          "git",
		"vcs.revision": run(t, dir, "git", "rev-parse", "HEAD"),
		"vcs.time":     commitTime,
		"vcs.modified": "false",
		"-trimpath":    "true",
		"CGO_ENABLED":  "0",
	}
	for key, value := range want {
		if got := setting(bi, key); got != value {
			t.Errorf("build setting %s = %q, want %q", key, got, value)
		}
	}
	if bi.Main.Version != tag {
		t.Errorf("main module version %q, want %s from the tag", bi.Main.Version, tag)
	}
}

func TestTheEnvironmentDoesNotReachTheBuild(t *testing.T) {
	first := checkout(t)
	plain := sum(t, build(t, first))

	for name, setup := range map[string]func(t *testing.T, dir string){
		"a go env file with GOFLAGS": func(t *testing.T, dir string) {
			env := filepath.Join(t.TempDir(), "env")
			if err := os.WriteFile(env, []byte("GOFLAGS=-ldflags=-w\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			t.Setenv("GOENV", env)
		},
		"GOFLAGS":       func(t *testing.T, dir string) { t.Setenv("GOFLAGS", "-ldflags=-s -buildvcs=false") },
		"CGO_ENABLED=1": func(t *testing.T, dir string) { t.Setenv("CGO_ENABLED", "1") },
		"GOEXPERIMENT":  func(t *testing.T, dir string) { t.Setenv("GOEXPERIMENT", "jsonv2") },
		"a go.work file above the checkout": func(t *testing.T, dir string) {
			// Its go line sets the default GODEBUG settings, as go.mod's does.
			if err := os.WriteFile(filepath.Join(dir, "..", "go.work"), []byte("go 1.25\n\nuse ./hello\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		},
	} {
		t.Run(name, func(t *testing.T) {
			second := clone(t, first)
			setup(t, second)
			if sum(t, build(t, second)) != plain {
				t.Errorf("%s changed the binary", name)
			}
		})
	}
}

func TestACheckoutThatIsNotTheTagIsRefused(t *testing.T) {
	t.Run("a commit after the tag", func(t *testing.T) {
		dir := checkout(t)
		run(t, dir, "git", "commit", "-q", "--allow-empty", "-m", "next")
		refused(t, dir, "the checkout is at")
	})
	t.Run("a clone without tags", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "shallow")
		run(t, "", "git", "clone", "-q", "--depth=1", "--no-tags", "file://"+checkout(t), dir)
		refused(t, dir, "no tag v1.4.2")
	})
	t.Run("a later version tagged on the same commit", func(t *testing.T) {
		// The go command stamps the highest version tag on the commit.
		dir := checkout(t)
		run(t, dir, "git", "tag", "v1.5.0")
		refused(t, dir, "the binary says it is example.com/hello v1.5.0")
	})
	t.Run("a tag that looks like an option", func(t *testing.T) {
		_, err := Build(context.Background(), checkout(t), "--help", filepath.Join(t.TempDir(), "hello"))
		if err == nil || !strings.Contains(err.Error(), "no tag --help") {
			t.Errorf("Build with tag --help: %v", err)
		}
	})
}

func TestFilesThatAreNotInTheTagAreRefused(t *testing.T) {
	t.Run("uncommitted", func(t *testing.T) {
		dir := checkout(t)
		if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("wip\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		refused(t, dir, "notes.txt")
	})
	t.Run("ignored, but compiled in", func(t *testing.T) {
		dir := checkout(t)
		if err := os.WriteFile(filepath.Join(dir, ".gitignore"), []byte("zz_gen.go\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		run(t, dir, "git", "add", ".gitignore")
		run(t, dir, "git", "commit", "-q", "-m", "ignore generated code")
		run(t, dir, "git", "tag", "-f", tag)
		if err := os.WriteFile(filepath.Join(dir, "zz_gen.go"), []byte("package main\n\nfunc init() { println(\"not in the tag\") }\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		refused(t, dir, "zz_gen.go")
	})
}

func TestABuildThatRecordsNoCommitIsRefused(t *testing.T) {
	t.Run("a Git worktree", func(t *testing.T) {
		dir := checkout(t)
		worktree := filepath.Join(t.TempDir(), "wt")
		run(t, dir, "git", "worktree", "add", "-q", "--detach", worktree, tag)
		refused(t, worktree, "the binary says it is example.com/hello (devel)")
	})
	t.Run("outside Git", func(t *testing.T) {
		dir := t.TempDir()
		write(t, dir)
		refused(t, dir, "not a git repository")
	})
}

func TestACompileErrorIsReportedWithTheCompilersWords(t *testing.T) {
	dir := checkout(t)
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\n\nfunc main() { undefinedName() }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, dir, "git", "commit", "-q", "-am", "broken")
	run(t, dir, "git", "tag", "-f", tag)
	refused(t, dir, "undefined: undefinedName")
}

func TestAFailedBuildLeavesTheOutputAsItWas(t *testing.T) {
	dir := checkout(t)
	out := filepath.Join(t.TempDir(), "hello")
	if err := os.WriteFile(out, []byte("the last release"), 0o755); err != nil {
		t.Fatal(err)
	}
	run(t, dir, "git", "commit", "-q", "--allow-empty", "-m", "next")
	if _, err := Build(context.Background(), dir, tag, out); err == nil {
		t.Fatal("Build of a commit after the tag succeeded")
	}
	if data, err := os.ReadFile(out); err != nil || string(data) != "the last release" {
		t.Errorf("out holds %q (%v), want the last release", data, err)
	}
	if entries, _ := os.ReadDir(filepath.Dir(out)); len(entries) != 1 {
		t.Errorf("the output directory holds %d entries, want only out", len(entries))
	}
}

func TestAModuleBelowTheRepositoryRootIsRefused(t *testing.T) {
	dir := checkout(t)
	api := filepath.Join(dir, "api")
	if err := os.Mkdir(api, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, api)
	run(t, dir, "git", "add", "api")
	run(t, dir, "git", "commit", "-q", "-m", "api")
	run(t, dir, "git", "tag", "-f", tag)
	refused(t, api, "not the repository's root")
}

func TestCancellingMidBuildReturnsPromptly(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the stand-in go command is a shell script")
	}
	dir := checkout(t)
	// A go command that hangs, as a long compile would, with a child that
	// holds its output open after it is killed.
	bin := t.TempDir()
	if err := os.WriteFile(filepath.Join(bin, "go"), []byte("#!/bin/sh\nsleep 5\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := Build(ctx, dir, tag, filepath.Join(t.TempDir(), "hello"))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Build cancelled mid-build: %v; want context.DeadlineExceeded", err)
	}
	if elapsed := time.Since(start); elapsed > 3*time.Second {
		t.Errorf("Build returned %v after the start, waiting for the go command's children", elapsed)
	}
}

func TestACancelledContextBuildsNothing(t *testing.T) {
	dir := checkout(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	out := filepath.Join(t.TempDir(), "hello")
	if _, err := Build(ctx, dir, tag, out); !errors.Is(err, context.Canceled) {
		t.Fatalf("Build with a cancelled context: %v", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a binary was written: %v", err)
	}
}

func TestARelativeOutputPathIsTheCallers(t *testing.T) {
	dir := checkout(t)
	here := t.TempDir()
	t.Chdir(here)
	if _, err := Build(context.Background(), dir, tag, filepath.Join("bin", "hello")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(here, "bin", "hello")); err != nil {
		t.Errorf("the binary is not where the caller asked: %v", err)
	}
}

func TestDescribe(t *testing.T) {
	const stamped = "go\tgo1.26.0\npath\texample.com/hello\nmod\texample.com/hello\tv1.4.2\t\n" +
		"build\tvcs=git\nbuild\tvcs.revision=4f1c2d3e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d\nbuild\tvcs.time=2026-11-30T09:00:00Z\nbuild\tvcs.modified=false\n"
	for _, tc := range []struct {
		name, info, want string
	}{
		{"tagged", stamped, "example.com/hello v1.4.2 (commit 4f1c2d3e5a6b, 2026-11-30T09:00:00Z) built with go1.26.0"},
		{"modified", strings.Replace(strings.Replace(stamped, "v1.4.2", "v1.4.2+dirty", 1), "modified=false", "modified=true", 1),
			"example.com/hello v1.4.2+dirty (commit 4f1c2d3e5a6b, 2026-11-30T09:00:00Z, with uncommitted changes) built with go1.26.0"},
		{"no commit time", strings.Replace(stamped, "build\tvcs.time=2026-11-30T09:00:00Z\n", "", 1),
			"example.com/hello v1.4.2 (commit 4f1c2d3e5a6b) built with go1.26.0"},
		{"no vcs", "go\tgo1.26.0\npath\texample.com/hello\nmod\texample.com/hello\t(devel)\t\n",
			"example.com/hello (devel) (no commit recorded) built with go1.26.0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bi, err := debug.ParseBuildInfo(tc.info)
			if err != nil {
				t.Fatal(err)
			}
			if bi.GoVersion != "" {
				t.Fatalf("ParseBuildInfo read the go line: %q", bi.GoVersion)
			}
			// buildinfo.ReadFile takes it from the binary; ParseBuildInfo leaves it out.
			bi.GoVersion = "go1.26.0"
			if got := Describe(bi); got != tc.want {
				t.Errorf("Describe = %q\nwant       %q", got, tc.want)
			}
		})
	}
	if got := Describe(&debug.BuildInfo{Main: debug.Module{Path: "example.com/hello"}}); got != "example.com/hello (devel) (no commit recorded)" {
		t.Errorf("Describe of a build with nothing stamped = %q", got)
	}
	if got := Describe(nil); got != "unknown build" {
		t.Errorf("Describe(nil) = %q", got)
	}
}
