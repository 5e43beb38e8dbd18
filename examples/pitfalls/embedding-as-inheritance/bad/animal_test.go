//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/embedding-as-inheritance/bad"
)

// region test

func TestDogDescription(t *testing.T) {
	got := bad.NewDog("Rex").Describe()
	if want := "Rex says woof"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// endregion test
