// Package reproduciblebuilds builds release binaries that anyone can rebuild
// byte for byte from the same tag, and that say which commit they are.
package reproduciblebuilds

import (
	"context"
	"debug/buildinfo"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"
)

// region build

// Build compiles the main package of the module at the root of dir, a
// checkout of tag (a semantic version such as v1.4.2) with nothing changed,
// added or ignored in it (a fresh clone, with out outside it), into out,
// and returns what the binary records about itself. On any failure out is
// left as it was.
//
// Two such checkouts give the same bytes for the same Go release and target
// (GOOS, GOARCH, GOAMD64 and the like, taken from the environment and
// recorded in the binary): -trimpath keeps the checkout's location out,
// CGO_ENABLED=0 the C toolchain, GOTOOLCHAIN=local any downloaded Go, and
// the go env file, GOFLAGS, GOEXPERIMENT, GOFIPS140 and go.work files are
// switched off. -buildvcs=true stamps the tag, commit and commit time, and
// the binary is checked for them, since some checkouts (a Git worktree, a
// directory inside another repository) build without error but record no
// commit or the wrong one.
func Build(ctx context.Context, dir, tag, out string) (*debug.BuildInfo, error) {
	head, err := git(ctx, dir, "rev-parse", "--verify", "HEAD")
	if err != nil {
		return nil, err
	}
	if prefix, err := git(ctx, dir, "rev-parse", "--show-prefix"); err != nil || prefix != "" {
		return nil, errors.Join(fmt.Errorf("release build of %s: not the repository's root (%s)", dir, prefix), err)
	}
	// refs/tags/ keeps a tag such as "-h" from being read as an option.
	tagged, err := git(ctx, dir, "rev-parse", "--verify", "refs/tags/"+tag+"^{commit}")
	if err != nil {
		return nil, fmt.Errorf("release build of %s: no tag %s (a clone without tags?): %w", dir, tag, err)
	}
	if tagged != head {
		return nil, fmt.Errorf("release build of %s: the checkout is at %.12s, %s is %.12s", dir, head, tag, tagged)
	}
	status, err := git(ctx, dir, "status", "--porcelain", "--ignored")
	if err != nil {
		return nil, err
	}
	if status != "" {
		return nil, fmt.Errorf("release build of %s: files that are not in %s:\n%s", dir, tag, status)
	}
	// Build next to out and rename it into place once it is checked.
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(out), ".build-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	bin, err := filepath.Abs(filepath.Join(tmp, filepath.Base(out)))
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, "go", "build", "-trimpath", "-buildvcs=true", "-o", bin, ".") // [!code highlight]
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOENV=off", "GOFLAGS=", "GOWORK=off", "GOEXPERIMENT=", "GOFIPS140=off", // [!code highlight]
		"GOTOOLCHAIN=local", "CGO_ENABLED=0") // [!code highlight]
	// Compilers the go command started keep its output pipe open after
	// a cancel kills it; stop waiting for them.
	cmd.WaitDelay = time.Second
	if output, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("release build of %s: %w\n%s", dir, errors.Join(ctx.Err(), err), output)
	}
	bi, err := buildinfo.ReadFile(bin)
	if err != nil {
		return nil, err
	}
	if bi.Main.Version != tag || setting(bi, "vcs.revision") != head || setting(bi, "vcs.modified") != "false" {
		return nil, fmt.Errorf("release build of %s: the binary says it is %s %s at commit %q, modified %q",
			dir, bi.Main.Path, bi.Main.Version, setting(bi, "vcs.revision"), setting(bi, "vcs.modified"))
	}
	if err := os.Rename(bin, out); err != nil {
		return nil, err
	}
	return bi, nil
}

// endregion build

// git runs git in dir and returns what it printed.
func git(ctx context.Context, dir string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	output, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("git %s in %s: %w: %s", strings.Join(args, " "), dir, err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSpace(string(output)), nil
}
