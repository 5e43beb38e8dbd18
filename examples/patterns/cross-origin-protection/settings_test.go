package settings

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
)

// post sends the form a browser on another page would send, with the
// headers it sets; an empty value leaves a header out.
func post(t *testing.T, h http.Handler, fetchSite, origin string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "https://shop.example.com/settings/email",
		strings.NewReader(url.Values{"email": {"eve@evil.example"}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if fetchSite != "" {
		req.Header.Set("Sec-Fetch-Site", fetchSite)
	}
	if origin != "" {
		req.Header.Set("Origin", origin)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func newHandler(t *testing.T, trusted ...string) (http.Handler, *Account) {
	t.Helper()
	account := &Account{email: "ada@example.com"}
	h, err := NewHandler(account, trusted...)
	if err != nil {
		t.Fatal(err)
	}
	return h, account
}

// region test
func TestAFormPostedFromAnotherOriginIsRefused(t *testing.T) {
	h, account := newHandler(t)
	// A page on a sibling subdomain is the same site: SameSite cookies go with it.
	rec := post(t, h, "same-site", "https://blog.example.com")
	if rec.Code != http.StatusForbidden { // [!code highlight]
		t.Errorf("status %d, want 403", rec.Code)
	}
	if got := account.Email(); got != "ada@example.com" {
		t.Errorf("email changed to %q by another origin", got)
	}
}

// endregion test

func TestWhichRequestsAreAllowed(t *testing.T) {
	for _, tc := range []struct {
		name, fetchSite, origin string
		want                    int
	}{
		{"the site's own form", "same-origin", "https://shop.example.com", http.StatusSeeOther},
		{"typed or bookmarked by the user", "none", "", http.StatusSeeOther},
		{"not a browser (no Sec-Fetch-Site, no Origin)", "", "", http.StatusSeeOther},
		{"an older browser, same host", "", "https://shop.example.com", http.StatusSeeOther},
		{"an older browser, another site", "", "https://evil.example", http.StatusForbidden},
		{"a sibling subdomain", "same-site", "https://blog.example.com", http.StatusForbidden},
		{"another site", "cross-site", "https://evil.example", http.StatusForbidden},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, _ := newHandler(t)
			if rec := post(t, h, tc.fetchSite, tc.origin); rec.Code != tc.want {
				t.Errorf("status %d, want %d", rec.Code, tc.want)
			}
		})
	}
}

func TestSafeMethodsAreNotChecked(t *testing.T) {
	h, _ := newHandler(t)
	req := httptest.NewRequest(http.MethodGet, "https://shop.example.com/settings", nil)
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || rec.Body.String() != "ada@example.com\n" {
		t.Errorf("GET from another site: %d %q", rec.Code, rec.Body)
	}
}

func TestATrustedOriginMayPost(t *testing.T) {
	h, account := newHandler(t, "https://pay.example.com")
	if rec := post(t, h, "cross-site", "https://pay.example.com"); rec.Code != http.StatusSeeOther {
		t.Errorf("trusted origin: status %d, want 303", rec.Code)
	}
	if got := account.Email(); got != "eve@evil.example" {
		t.Errorf("email %q, want the posted one", got)
	}
	if rec := post(t, h, "cross-site", "http://pay.example.com"); rec.Code != http.StatusForbidden {
		t.Errorf("same host over http: status %d, want 403 (origins match exactly)", rec.Code)
	}
}

func TestAMalformedTrustedOriginIsAnError(t *testing.T) {
	for _, origin := range []string{"pay.example.com", "https://pay.example.com/", "https://"} {
		if _, err := NewHandler(&Account{}, origin); err == nil {
			t.Errorf("NewHandler accepted the trusted origin %q", origin)
		}
	}
}

func TestStoredMarkupIsServedAsText(t *testing.T) {
	h, account := newHandler(t)
	account.setEmail("<script>alert(1)</script>@example.com")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "https://shop.example.com/settings", nil))
	if ct := rec.Header().Get("Content-Type"); ct != "text/plain; charset=utf-8" || rec.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("Content-Type %q, X-Content-Type-Options %q", ct, rec.Header().Get("X-Content-Type-Options"))
	}
}

func TestTheAddressComesFromTheBodyAndIsChecked(t *testing.T) {
	h, account := newHandler(t)
	for _, body := range []string{"", "email=", "email=not-an-address"} {
		req := httptest.NewRequest(http.MethodPost, "https://shop.example.com/settings/email?email=eve@evil.example", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Sec-Fetch-Site", "same-origin")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusBadRequest {
			t.Errorf("body %q: status %d, want 400", body, rec.Code)
		}
	}
	if got := account.Email(); got != "ada@example.com" {
		t.Errorf("email changed to %q", got)
	}
}

func TestConcurrentRequests(t *testing.T) {
	h, _ := newHandler(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if rec := post(t, h, "cross-site", "https://evil.example"); rec.Code != http.StatusForbidden {
				t.Errorf("status %d", rec.Code)
			}
		})
	}
	wg.Wait()
}
