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

// cat is a second Speaker: Describe must use what the Speaker says, not
// anything it knows about dogs.
type cat struct{}

func (cat) Name() string  { return "Tom" }
func (cat) Sound() string { return "meow" }

func TestDescribeUsesTheSpeaker(t *testing.T) {
	if got := embeddingasinheritance.Describe(cat{}); got != "Tom says meow" {
		t.Errorf("got %q, want %q", got, "Tom says meow")
	}
}

// region fake

// quietFake embeds the interface and overrides one method: the test-fake
// idiom. It compiles as a Speaker though nothing sets the embedded field,
// so a call to a method it does not override panics.
type quietFake struct {
	embeddingasinheritance.Speaker // nil
}

func (quietFake) Name() string { return "Fake" }

func TestEmbeddedNilInterfacePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("calling Sound through a nil embedded Speaker did not panic")
		}
	}()
	embeddingasinheritance.Describe(quietFake{}) // Sound is promoted from nil
}

// endregion fake
