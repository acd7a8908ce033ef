<?php
// Installs the throwaway WordPress site that site/tests/wordpress/wordpress.mjs configured: the site,
// the block theme, an Administrator and an Author, each with an application password so the test
// posts through the REST API as that user (WordPress's own filtering applies, as in the editor).
// Run with php-cli; prints the users as JSON.
// Usage: UCLG_WP_CONFIG=<name of /etc/wordpress/config-<name>.php> php install.php
$_SERVER['WORDPRESS_CONFIG'] = getenv('UCLG_WP_CONFIG');
$_SERVER['HTTP_HOST'] = parse_url(getenv('UCLG_WP_URL'), PHP_URL_HOST) . ':' . parse_url(getenv('UCLG_WP_URL'), PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$users = [];
$password = wp_generate_password(24, false);
$installed = wp_install('UCLG widgets on WordPress', 'administrator', 'administrator@example.test', false, '', $password);
$users['administrator'] = $installed['user_id'];
$users['author'] = wp_insert_user([
    'user_login' => 'author',
    'user_email' => 'author@example.test',
    'user_pass' => wp_generate_password(24, false),
    'display_name' => 'Author',
    'role' => 'author',
]);
if (is_wp_error($users['author'])) {
    fwrite(STDERR, $users['author']->get_error_message() . "\n");
    exit(1);
}
switch_theme('twentytwentythree');
if (get_stylesheet() !== 'twentytwentythree') {
    fwrite(STDERR, "the theme twentytwentythree could not be activated\n");
    exit(1);
}

$out = [];
foreach ($users as $role => $id) {
    [$secret] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'uclg-widgets test']);
    $out[$role] = ['id' => $id, 'login' => get_userdata($id)->user_login, 'password' => $secret];
}
echo json_encode($out), "\n";
