package embeddingasinheritance_test

import (
	"testing"

	embeddingasinheritance "fieldguide.dev/examples/pitfalls/embedding-as-inheritance"
)

// region test

func TestDogDescription(t *testing.T) {
	got := embeddingasinheritance.Describe(embeddingasinheritance.NewDog("Rex"))
	if want := "Rex says woof"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// endregion test
