package nilpointerdereference_test

import (
	"errors"
	"testing"

	nilpointerdereference "fieldguide.dev/examples/pitfalls/nil-pointer-dereference"
)

// region test

// A missing user is a normal case and must not crash.
func TestDisplayNameNilUser(t *testing.T) {
	if got := nilpointerdereference.DisplayName(nil); got != "anonymous" {
		t.Errorf("DisplayName(nil) = %q", got)
	}
}

// endregion test

type repo map[string]*nilpointerdereference.User

func (r repo) Find(id string) (*nilpointerdereference.User, error) { return r[id], nil }

func TestService(t *testing.T) {
	if _, err := nilpointerdereference.NewService(nil); err == nil {
		t.Error("NewService(nil) succeeded")
	}
	s, err := nilpointerdereference.NewService(repo{"1": {Name: "Ada"}})
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"1": "Ada", "2": "anonymous"} {
		if got, err := s.Name(id); got != want || err != nil {
			t.Errorf("Name(%s) = %q, %v; want %q", id, got, err, want)
		}
	}
}

type pgRepo struct{ dsn string }

func (r *pgRepo) Find(id string) (*nilpointerdereference.User, error) {
	return &nilpointerdereference.User{Name: r.dsn + id}, nil // dereferences r
}

// openRepo fails and returns a nil *pgRepo, the usual source of a typed
// nil: its caller ignores the error and passes the result on as a Repo.
func openRepo() (*pgRepo, error) { return nil, errors.New("connection refused") }

// A nil *pgRepo inside the Repo interface is not == nil. NewService must
// still refuse it, or the first request panics in Find.
func TestNewServiceRefusesTypedNil(t *testing.T) {
	r, _ := openRepo()
	if _, err := nilpointerdereference.NewService(r); err == nil {
		t.Error("NewService accepted a nil *pgRepo; the first Name call would panic")
	}
}

// RepoFunc adapts a function to Repo, like http.HandlerFunc.
type RepoFunc func(id string) (*nilpointerdereference.User, error)

func (f RepoFunc) Find(id string) (*nilpointerdereference.User, error) { return f(id) }

// A nil function behind the interface is a typed nil too.
func TestNewServiceRefusesNilFunc(t *testing.T) {
	var f RepoFunc
	if _, err := nilpointerdereference.NewService(f); err == nil {
		t.Error("NewService accepted a nil RepoFunc; the first Name call would panic")
	}
}
