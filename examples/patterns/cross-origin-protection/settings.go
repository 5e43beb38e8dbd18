// Package settings serves an account's settings to a browser that signs in
// with a session cookie.
package settings

import (
	"fmt"
	"net/http"
	"strings"
	"sync"
)

// Account is the signed-in user's settings. A real service finds it from
// the session cookie; one account keeps the example short.
type Account struct {
	mu    sync.Mutex
	email string
}

// Email returns the account's email address.
func (a *Account) Email() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.email
}

func (a *Account) setEmail(email string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.email = email
}

// region server

// NewHandler returns the settings routes behind cross-origin protection.
// trusted lists other origins allowed to send state-changing requests,
// such as "https://pay.example.com", which posts back to the shop.
func NewHandler(account *Account, trusted ...string) (http.Handler, error) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /settings", func(w http.ResponseWriter, r *http.Request) {
		// Plain text, never sniffed as HTML: script stored in a field would
		// run on this origin, where no origin check can stop it.
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		fmt.Fprintln(w, account.Email())
	})
	mux.HandleFunc("POST /settings/email", func(w http.ResponseWriter, r *http.Request) {
		email := r.PostFormValue("email") // the body only, not the query string
		if !strings.Contains(email, "@") {
			http.Error(w, "an email address is required", http.StatusBadRequest)
			return
		}
		account.setEmail(email)
		http.Redirect(w, r, "/settings", http.StatusSeeOther)
	})

	protect := http.NewCrossOriginProtection() // [!code highlight]
	for _, origin := range trusted {
		if err := protect.AddTrustedOrigin(origin); err != nil {
			return nil, err
		}
	}
	return protect.Handler(mux), nil // [!code highlight]
}

// endregion server
