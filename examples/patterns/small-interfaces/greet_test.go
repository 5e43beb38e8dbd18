package smallinterfaces_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"testing"

	si "fieldguide.dev/examples/patterns/small-interfaces"
	"fieldguide.dev/examples/patterns/small-interfaces/store"
)

// region proof

// The concrete store satisfies both interfaces without declaring it; the
// compiler checks these lines.
var (
	_ si.UserGetter = (*store.Memory)(nil)
	_ si.UserStore  = (*store.Memory)(nil)
)

// fakeUsers is a complete test double for UserGetter: one method.
type fakeUsers map[string]store.User

func (f fakeUsers) GetUser(_ context.Context, id string) (store.User, error) {
	if u, ok := f[id]; ok {
		return u, nil
	}
	return store.User{}, store.ErrNotFound
}

func TestGreetWithFake(t *testing.T) {
	var buf bytes.Buffer
	users := fakeUsers{"42": {ID: "42", Name: "Ada"}}
	if err := si.Greet(context.Background(), users, &buf, "42"); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "Hello, Ada!\n" {
		t.Errorf("got %q", got)
	}
	err := si.Greet(context.Background(), users, &buf, "7")
	if !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown user: err = %v, want ErrNotFound", err)
	}
}

// endregion proof

func TestRename(t *testing.T) {
	ctx := context.Background()
	m := store.NewMemory()
	if err := m.SaveUser(ctx, store.User{ID: "1", Name: "Ada"}); err != nil {
		t.Fatal(err)
	}
	if err := si.Rename(ctx, m, "1", "Grace"); err != nil {
		t.Fatal(err)
	}
	if u, _ := m.GetUser(ctx, "1"); u.Name != "Grace" || m.Len() != 1 {
		t.Errorf("after rename: %+v, %d users", u, m.Len())
	}
	if err := m.DeleteUser(ctx, "1"); err != nil || m.Len() != 0 {
		t.Errorf("delete: %v, %d users", err, m.Len())
	}
}

// region example

func ExampleGreet() {
	ctx := context.Background()
	users := store.NewMemory()
	if err := users.SaveUser(ctx, store.User{ID: "42", Name: "Ada"}); err != nil {
		fmt.Println(err)
		return
	}
	if err := si.Greet(ctx, users, os.Stdout, "42"); err != nil {
		fmt.Println(err)
	}
	// Output: Hello, Ada!
}

// endregion example

// failWriter fails every write, as a closed connection does.
type failWriter struct{}

var errWrite = errors.New("connection closed")

func (failWriter) Write([]byte) (int, error) { return 0, errWrite }

// failSaver reads like fakeUsers but cannot save.
type failSaver struct{ fakeUsers }

var errSave = errors.New("disk full")

func (failSaver) SaveUser(context.Context, store.User) error { return errSave }

// A failed write and a failed save reach the caller.
func TestErrorsReachTheCaller(t *testing.T) {
	users := fakeUsers{"1": {ID: "1", Name: "Ada"}}
	if err := si.Greet(t.Context(), users, failWriter{}, "1"); !errors.Is(err, errWrite) {
		t.Errorf("Greet to a failing writer = %v, want %v", err, errWrite)
	}
	if err := si.Rename(t.Context(), failSaver{users}, "1", "Grace"); !errors.Is(err, errSave) {
		t.Errorf("Rename with a failing save = %v, want %v", err, errSave)
	}
}
