//go:build bad

// Package bad builds release binaries the way a developer builds at their desk.
package bad

import (
	"context"
	"debug/buildinfo"
	"fmt"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
)

// region build

// Build compiles the main package in dir, a checkout of tag, into out, and
// returns what the binary records about itself.
func Build(ctx context.Context, dir, tag, out string) (*debug.BuildInfo, error) {
	status, err := git(ctx, dir, "status", "--porcelain")
	if err != nil {
		return nil, err
	}
	if status != "" {
		return nil, fmt.Errorf("release build of %s: uncommitted changes:\n%s", dir, status)
	}
	out, err = filepath.Abs(out)
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, ".") // [!code highlight]
	cmd.Dir = dir
	if output, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("release build of %s: %w\n%s", dir, err, output)
	}
	return buildinfo.ReadFile(out)
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
