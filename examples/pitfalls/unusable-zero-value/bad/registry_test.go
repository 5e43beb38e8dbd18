//go:build bad

package bad

import "testing"

// A Registry declared with var, never built by a constructor, must work.
func TestZeroRegistry(t *testing.T) {
	var r Registry
	r.Register("hello", func() string { return "hi" })
	if got, ok := r.Call("hello"); !ok || got != "hi" {
		t.Errorf("Call(hello) = %q, %v", got, ok)
	}
}
