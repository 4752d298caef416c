package uk.safeshare.identity;

import uk.safeshare.identity.UserCommands.CreateOrganisation;
import uk.safeshare.identity.UserCommands.CreateTeam;
import uk.safeshare.identity.UserCommands.CreateUser;
import uk.safeshare.identity.UserCommands.UserSummary;

/** Account administration as other modules (demo data, tests) may use it, naming the actor explicitly. */
public interface Administration {

    Identity.OrganisationView createOrganisation(CreateOrganisation command, String actor);

    Identity.TeamView createTeam(CreateTeam command, String actor);

    UserSummary createUser(CreateUser command, String actor);
}
