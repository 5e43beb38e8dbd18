//go:build go1.24

package testdoubles_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	td "fieldguide.dev/examples/patterns/test-doubles"
)

// region doubles

// fakeUsers is a fake: a working in-memory implementation. existsErr and
// addErr, when set, make that method fail, to test each error path.
type fakeUsers struct {
	emails    map[string]bool
	existsErr error
	addErr    error
}

func (f *fakeUsers) Exists(_ context.Context, email string) (bool, error) {
	return f.emails[email], f.existsErr
}

func (f *fakeUsers) Add(_ context.Context, email string) error {
	if f.addErr != nil {
		return f.addErr
	}
	f.emails[email] = true
	return nil
}

// spyMailer is a spy: it records each message it was asked to send, as
// "to: body", and fails with err when err is set.
type spyMailer struct {
	sent []string
	err  error
}

func (s *spyMailer) Send(_ context.Context, to, body string) error {
	s.sent = append(s.sent, to+": "+body)
	return s.err
}

// endregion doubles

// region test

func TestRegister(t *testing.T) {
	errDB := errors.New("db down")
	errSMTP := errors.New("smtp down")
	welcome := []string{"a@example.com: Welcome!"}
	tests := []struct {
		name      string
		existing  []string
		existsErr error
		addErr    error
		mailErr   error
		wantErr   error
		wantUser  bool // is the address stored afterwards?
		wantSent  []string
	}{
		{name: "new address", wantUser: true, wantSent: welcome},
		{name: "already registered", existing: []string{"a@example.com"}, wantErr: td.ErrTaken, wantUser: true},
		{name: "lookup fails", existsErr: errDB, wantErr: errDB},
		{name: "add fails", addErr: errDB, wantErr: errDB},
		{name: "mail fails", mailErr: errSMTP, wantErr: errSMTP, wantUser: true, wantSent: welcome},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Fresh doubles for every case: nothing carries over. // [!code highlight]
			users := &fakeUsers{emails: map[string]bool{}, existsErr: tt.existsErr, addErr: tt.addErr}
			for _, e := range tt.existing {
				users.emails[e] = true
			}
			mail := &spyMailer{err: tt.mailErr}

			err := td.NewSignup(users, mail).Register(t.Context(), "a@example.com")
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Register error = %v, want %v", err, tt.wantErr)
			}
			if got := users.emails["a@example.com"]; got != tt.wantUser {
				t.Errorf("address stored = %v, want %v", got, tt.wantUser)
			}
			if !slices.Equal(mail.sent, tt.wantSent) {
				t.Errorf("sent %q, want %q", mail.sent, tt.wantSent)
			}
		})
	}
}

// endregion test
