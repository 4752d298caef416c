package uk.safeshare.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class SafeShareUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    SafeShareUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username == null ? "" : username.trim())
                .filter(a -> !a.serviceAccount() && a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return new SignedInUser(account.toUser(), account.passwordHash(), account.enabled());
    }
}
