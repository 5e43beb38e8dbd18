//go:build bad

package bad

import (
	"strings"
	"sync"
	"testing"
)

// region test
func TestValidDoesNotAllocate(t *testing.T) {
	// Matching reuses pooled state, so a compiled pattern allocates nothing
	// here (a fraction of a time under -race); compiling allocates dozens.
	allocs := testing.AllocsPerRun(100, func() { Valid("go-field-guide-2026") })
	if allocs > 2 {
		t.Errorf("Valid allocates %.0f times a call; is the pattern compiled on every call?", allocs) // [!code highlight]
	}
}

// endregion test

func TestValid(t *testing.T) {
	for s, want := range map[string]bool{
		"go":                               true,
		"go-field-guide-2026":              true,
		"":                                 false,
		"-go":                              false,
		"go-":                              false,
		"go--guide":                        false,
		"Go":                               false,
		"go guide":                         false,
		"go_guide":                         false,
		"café":                             false,
		"go\n":                             false,
		strings.Repeat("a", 64):            true,
		strings.Repeat("a", 65):            false,
		strings.Repeat("ab-", 21) + "ab":   false, // 65 bytes, a slug otherwise
		strings.Repeat("ab-", 20) + "abcd": true,  // 64 bytes
		"-":                                false,
		"0":                                true,
		"\xff":                             false,
	} {
		if got := Valid(s); got != want {
			t.Errorf("Valid(%q) = %v; want %v", s, got, want)
		}
	}
}

func TestConcurrentCallers(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 1000 {
				if !Valid("go-field-guide") || Valid("Go") {
					t.Error("wrong answer under concurrent use")
					return
				}
			}
		})
	}
	wg.Wait()
}

func BenchmarkValid(b *testing.B) {
	for b.Loop() {
		Valid("go-field-guide-2026")
	}
}
